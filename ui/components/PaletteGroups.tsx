import { useState } from 'preact/hooks';
import { groupPalette } from '../lib/groupPalette';

/**
 * A trained palette large enough to judge: grouped (neutrals, then hue
 * families, each dark to light), every swatch focusable, its hex shown on
 * hover or focus. `data-index` is the colour's place in the style (most
 * frequent first), the order its paint styles and variables are numbered in.
 */
export function PaletteGroups({ colors }: { colors: readonly string[] }) {
  const [shown, setShown] = useState<string | null>(null);
  const index = new Map(colors.map((hex, i) => [hex, i]));
  return (
    <div class="section" style={{ gap: '6px' }}>
      {groupPalette(colors).map((group) => (
        <div key={group.name} class="palette-group">
          <span class="palette-group-name muted">{group.name}</span>
          <ul class="swatches large" aria-label={`${group.name}: ${group.colors.length}`}>
            {group.colors.map((hex) => (
              <li key={hex}>
                <button
                  type="button"
                  class="swatch"
                  style={{ background: hex }}
                  title={hex}
                  aria-label={hex}
                  data-hex={hex}
                  data-index={index.get(hex)}
                  onMouseEnter={() => setShown(hex)}
                  onFocus={() => setShown(hex)}
                  onMouseLeave={() => setShown(null)}
                  onBlur={() => setShown(null)}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <span class="muted" aria-live="polite" data-testid="swatch-hex">
        {shown ? `${shown.toUpperCase()}` : 'Hover a colour to see its hex.'}
      </span>
    </div>
  );
}
