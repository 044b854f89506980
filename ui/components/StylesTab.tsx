import { useState } from 'preact/hooks';
import type { StyleSummary } from '../../core/protocol/messages';
import { exportStyleAsync } from '../jobs/exportStyleAsync';
import { errorMessage } from '../../core/errorMessage';
import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';
import type { StyleLibrary } from '../lib/StyleLibrary';
import { QuotaMeter } from './QuotaMeter';
import { StyleImport } from './StyleImport';
import { StyleRow } from './StyleRow';

/** Saved styles: list, rename, delete, export and import, with the storage quota. */
export function StylesTab({ library, reportError }: { library: StyleLibrary; reportError: (m: string) => void }) {
  const [status, setStatus] = useState('');
  const guarded = (what: string, fn: () => Promise<string | undefined>) => async () => {
    try {
      const message = await fn();
      if (message) setStatus(message);
    } catch (error) {
      reportError(`Could not ${what}: ${errorMessage(error)}`);
    }
  };
  const rename = (style: StyleSummary, name: string) =>
    guarded(
      'rename the style',
      async () => (await requestAsync({ type: 'RENAME_STYLE', requestId: newRequestId('rename'), id: style.id, name }, ['DONE'])).message,
    )();
  const remove = (style: StyleSummary) =>
    guarded(
      'delete the style',
      async () => (await requestAsync({ type: 'DELETE_STYLE', requestId: newRequestId('delete'), id: style.id }, ['DONE'])).message,
    )();
  const exportStyle = (style: StyleSummary) => guarded('export the style', () => exportStyleAsync(style))();
  return (
    <>
      <QuotaMeter used={library.bytesUsed} quota={library.quotaBytes} />
      {library.styles.length === 0 ? (
        <p class="callout muted">No saved styles yet. Train a style and save it, or import a .hueprint file.</p>
      ) : (
        <ul class="style-list" aria-label="Saved styles">
          {library.styles.map((style) => (
            <StyleRow
              key={style.id}
              style={style}
              onRename={(name) => rename(style, name)}
              onDelete={() => remove(style)}
              onExport={() => exportStyle(style)}
            />
          ))}
        </ul>
      )}
      <StyleImport onImported={setStatus} reportError={reportError} />
      {status && (
        <p class="muted" role="status" style={{ margin: 0 }}>
          {status}
        </p>
      )}
    </>
  );
}
