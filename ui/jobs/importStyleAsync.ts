import { errorMessage } from '../../core/errorMessage';
import { parseStyle } from '../../core/index';
import { MAX_STYLE_BYTES } from '../../core/protocol/limits';
import { formatBytes } from '../lib/formatBytes';
import { saveStyleAsync } from './saveStyleAsync';

/** Reads a .hueprint file (bounded, validated by parseStyle) and saves it; returns the sentence for the designer. */
export async function importStyleAsync(file: File): Promise<string> {
  if (file.size > MAX_STYLE_BYTES) {
    throw new Error(
      `“${file.name}” is ${formatBytes(file.size)}, far larger than any Hueprint style (at most ${formatBytes(MAX_STYLE_BYTES)}). Choose a .hueprint file.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let style: ReturnType<typeof parseStyle>;
  try {
    style = parseStyle(bytes);
  } catch (error) {
    throw new Error(`“${file.name}” is not a Hueprint style file: ${errorMessage(error)}`);
  }
  const reply = await saveStyleAsync(style, { inDocument: false, bytes });
  return reply.message || `Imported “${style.name}”.`;
}
