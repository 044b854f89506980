export interface PreviewItem {
  readonly nodeId: string;
  readonly name: string;
  readonly beforeUrl: string;
  readonly afterUrl: string;
}

/** Before → after thumbnails of the first few selected images. */
export function PreviewStrip({ items }: { items: readonly PreviewItem[] }) {
  return (
    <ul class="previews" aria-label="Preview" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="previews">
      {items.map((item) => (
        <li key={item.nodeId} class="preview" title={item.name}>
          <img src={item.beforeUrl} alt={`${item.name}, before`} />
          <span aria-hidden="true">→</span>
          <img src={item.afterUrl} alt={`${item.name}, colorized preview`} />
        </li>
      ))}
    </ul>
  );
}
