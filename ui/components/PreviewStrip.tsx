import type { PreviewItem } from '../jobs/previewJobAsync';

/** Before → after thumbnails of the first few selected images, optionally with where the model is unsure laid over. */
export function PreviewStrip({ items, showUncertainty }: { items: readonly PreviewItem[]; showUncertainty: boolean }) {
  return (
    <ul class="previews" aria-label="Preview" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="previews">
      {items.map((item) => (
        <li key={item.nodeId} class="preview" title={item.name} data-testid="preview-item">
          <div class="preview-pair">
            <img src={item.beforeUrl} alt={`${item.name}, before`} />
            <span aria-hidden="true">→</span>
            {item.afterUrl && (
              <span class="preview-after">
                <img src={item.afterUrl} alt={`${item.name}, colorized preview`} />
                {showUncertainty && item.overlayUrl && (
                  <img class="preview-overlay" src={item.overlayUrl} alt={`${item.name}, where Hueprint is unsure`} data-testid="uncertainty-overlay" />
                )}
              </span>
            )}
          </div>
          <small class="muted" data-testid="preview-note">{item.note}</small>
        </li>
      ))}
    </ul>
  );
}
