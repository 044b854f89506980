import type { StyleSummary } from '../../core/protocol/messages';
import { PaletteSwatches } from './PaletteSwatches';

/** Chooses one saved style; shows its palette. */
export function StylePicker({ styles, value, onChange }: { styles: readonly StyleSummary[]; value: string | null; onChange: (id: string) => void }) {
  if (styles.length === 0) {
    return <p class="callout muted">No saved styles yet. Train one on your colour art and save it, or import a .hueprint file in Styles.</p>;
  }
  const current = styles.find((s) => s.id === value);
  return (
    <div class="section">
      <label class="field" for="colorize-style">
        <span class="field-label">Style</span>
        <select id="colorize-style" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
          {value === null && (
            <option value="" disabled>
              Choose a style…
            </option>
          )}
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} · {s.k} colours
            </option>
          ))}
        </select>
      </label>
      {current && <PaletteSwatches colors={current.palette} small />}
    </div>
  );
}
