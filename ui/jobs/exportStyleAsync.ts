import { parseStyle, serializeStyle } from '../../core/index';
import type { StyleSummary } from '../../core/protocol/messages';
import { downloadBytes } from '../lib/downloadBytes';
import { loadStyleAsync } from '../lib/loadStyleAsync';

/** Downloads a saved style as `‹name›.hueprint`; returns the sentence for the designer. */
export async function exportStyleAsync(style: StyleSummary): Promise<string> {
  const { bytes } = await loadStyleAsync(style.id);
  // A rename changes only the list's name; the file carries the current one.
  const stored = parseStyle(bytes);
  const file = stored.name === style.name ? bytes : serializeStyle({ ...stored, name: style.name });
  const fileName = `${style.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'style'}.hueprint`;
  downloadBytes(file, fileName);
  return `Exported “${style.name}” as ${fileName}.`;
}
