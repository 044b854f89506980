/** Palette colours as swatches, most frequent first; each names its hex for screen readers and on hover. */
export function PaletteSwatches({ colors, small = false }: { colors: readonly string[]; small?: boolean }) {
  return (
    <ul class={`swatches${small ? ' small' : ''}`} aria-label={`Palette of ${colors.length} colours`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {colors.map((hex, i) => (
        <li key={`${hex}-${i}`} class="swatch" style={{ background: hex }} title={hex} aria-label={hex} data-hex={hex} />
      ))}
    </ul>
  );
}
