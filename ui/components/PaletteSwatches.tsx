import { groupPalette } from '../lib/groupPalette';

/**
 * Palette colours as swatches in the result screen's order (neutrals, then hue families, each dark to light), not the
 * style's frequency order, so one style looks the same everywhere; each names its hex for screen readers and on hover.
 */
export function PaletteSwatches({ colors, small = false }: { colors: readonly string[]; small?: boolean }) {
  const ordered = groupPalette(colors).flatMap((group) => group.colors);
  return (
    <ul class={`swatches${small ? ' small' : ''}`} aria-label={`Palette of ${colors.length} colours`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {ordered.map((hex, i) => (
        <li key={`${hex}-${i}`} class="swatch" style={{ background: hex }} title={hex} aria-label={hex} data-hex={hex} />
      ))}
    </ul>
  );
}
