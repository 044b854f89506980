import { useRef, useState } from 'preact/hooks';
import { parseStyle, summarizeStyle } from '../../core/index';
import { errorMessage } from '../../core/errorMessage';
import { MAX_STYLE_BYTES } from '../../core/protocol/limits';
import { formatBytes } from '../lib/formatBytes';
import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';

/** Imports a .hueprint file: parseStyle validates it before anything is saved. */
export function StyleImport({ onImported, reportError }: { onImported: (message: string) => void; reportError: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > MAX_STYLE_BYTES) {
        throw new Error(`“${file.name}” is ${formatBytes(file.size)}, far larger than any Hueprint style (at most ${formatBytes(MAX_STYLE_BYTES)}). Choose a .hueprint file.`);
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      let style: ReturnType<typeof parseStyle>;
      try {
        style = parseStyle(bytes);
      } catch (error) {
        throw new Error(`“${file.name}” is not a Hueprint style file: ${errorMessage(error)}`);
      }
      const { name, createdAt, k, palette } = summarizeStyle(style);
      const reply = await requestAsync(
        { type: 'SAVE_STYLE', requestId: newRequestId('import'), summary: { name, createdAt, k, palette }, bytes, inDocument: false },
        ['DONE'],
      );
      onImported(reply.message || `Imported “${name}”.`);
    } catch (error) {
      reportError(errorMessage(error));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div class="row">
      {/* Out of the tab order: the button below is the one control, so keyboard users meet it once. */}
      <input ref={input} id="import-style" class="visually-hidden" type="file" accept=".hueprint,application/octet-stream"
        tabIndex={-1} aria-hidden="true" data-testid="import-file"
        onChange={(e) => onFile(e.currentTarget.files?.[0])} />
      <button type="button" class="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import .hueprint…'}
      </button>
    </div>
  );
}
