import { DEFAULT_EPOCHS } from '../../core/index';
import type { TrainSettingsValue } from '../jobs/TrainSettingsValue';
import { NumberField } from './NumberField';
import { RadioGroup } from './RadioGroup';

/** Palette size, working size, epochs; the model preset and random seed under "Advanced". */
export function TrainSettings({ value, onChange, disabled }: { value: TrainSettingsValue; onChange: (v: TrainSettingsValue) => void; disabled: boolean }) {
  const set = <K extends keyof TrainSettingsValue>(key: K, v: TrainSettingsValue[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset class="section" disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
      <div class="grid2" style={{ gridTemplateColumns: '1fr 1fr 1fr' }}>
        <NumberField id="train-k" label="Palette size" value={value.k} min={2} max={64}
          hint="How many colours the style may use (K). Fewer distinct colours in your art means fewer here."
          onChange={(v) => set('k', v ?? 32)} />
        <NumberField id="train-size" label="Working size (px)" value={value.size} min={8} max={256}
          hint="Side of the square crops the network learns from. Bigger sees more context but trains slower."
          onChange={(v) => set('size', v ?? 64)} />
        <NumberField id="train-epochs" label="Epochs" value={value.epochs} min={1} max={500} placeholder={`auto (${DEFAULT_EPOCHS})`}
          hint="Passes over your art. Leave empty for the recommended number."
          onChange={(v) => set('epochs', v)} />
      </div>
      <details>
        <summary>Advanced</summary>
        <div class="section">
          <RadioGroup name="preset" legend="Model" value={value.preset} onChange={(v) => set('preset', v)}
            options={[
              { value: 'fcn', label: 'Fully convolutional (recommended)', hint: 'Works at any image size and uses local context.' },
              { value: 'seed', label: 'Original study (dense)', hint: 'conv → dense → dense, as in the study this plugin grew from.' },
            ]} />
          <NumberField id="train-seed" label="Random seed" value={value.seed} min={0} max={2 ** 31 - 1} placeholder="1"
            hint="Same seed, same art and same settings give the same style." onChange={(v) => set('seed', v)} />
        </div>
      </details>
    </fieldset>
  );
}
