import { useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../core/errorMessage';
import { importStyleAsync } from '../jobs/importStyleAsync';

/** Imports a .hueprint file: parseStyle validates it before anything is saved. */
export function StyleImport({ onImported, reportError }: { onImported: (message: string) => void; reportError: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      onImported(await importStyleAsync(file));
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
      <input
        ref={input}
        id="import-style"
        class="visually-hidden"
        type="file"
        accept=".hueprint,application/octet-stream"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
      <button type="button" class="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import .hueprint…'}
      </button>
    </div>
  );
}
