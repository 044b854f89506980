import { EFFORTS, type Effort, type TrainSettingsValue } from '../jobs/TrainSettingsValue';
import type { SettingsCheck } from '../lib/checkTrainSettings';
import { MAX_COLOURS, MAX_WORKING_SIZE } from '../lib/checkTrainSettings';
import type { TrainingEstimate } from '../lib/estimateTraining';
import { formatBytes } from '../lib/formatBytes';
import { formatDuration } from '../lib/formatDuration';
import { NumberField } from './NumberField';
import { RadioGroup } from './RadioGroup';

interface Props {
  value: TrainSettingsValue;
  onChange: (v: TrainSettingsValue) => void;
  disabled: boolean;
  /** Null until there is art selected to estimate from. */
  estimate: TrainingEstimate | null;
  check: SettingsCheck;
  quotaBytes: number;
  backendName: string;
}

const EFFORT_ORDER: readonly Effort[] = ['quick', 'standard', 'thorough'];

/**
 * Effort (Quick / Standard / Thorough) and the palette's colours up front;
 * the raw working size, epochs, model and seed under Advanced. Before Train:
 * the time and the style's size against the storage, and anything that
 * would not work, in words.
 */
export function TrainSettings({ value, onChange, disabled, estimate, check, quotaBytes, backendName }: Props) {
  const set = <K extends keyof TrainSettingsValue>(key: K, v: TrainSettingsValue[K]) => onChange({ ...value, [key]: v });
  const setRaw = (key: 'size' | 'epochs', v: number) => onChange({ ...value, [key]: v, effort: 'custom' });
  const invalid = (pattern: RegExp) => check.problems.some((p) => pattern.test(p));
  return (
    <fieldset class="section" disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
      <fieldset class="radio-group" style={{ flexDirection: 'column' }}>
        <legend>Effort</legend>
        <div class="segmented" role="radiogroup" aria-label="Effort">
          {EFFORT_ORDER.map((effort) => (
            <label key={effort} class="segment" title={EFFORTS[effort].hint}>
              <input
                type="radio"
                name="effort"
                value={effort}
                checked={value.effort === effort}
                onChange={() => onChange({ ...value, effort, size: EFFORTS[effort].size, epochs: EFFORTS[effort].epochs })}
              />
              <span>{EFFORTS[effort].label}</span>
            </label>
          ))}
        </div>
        <span class="muted" data-testid="effort-hint">
          {value.effort === 'custom' ? `Custom: working size ${value.size} px, ${value.epochs} epochs (see Advanced).` : EFFORTS[value.effort].hint}
        </span>
      </fieldset>
      <NumberField
        id="train-k"
        label={`Palette size (2–${MAX_COLOURS} colours)`}
        value={value.k}
        min={2}
        max={MAX_COLOURS}
        invalid={invalid(/^Colours|colours at working size/)}
        hint="How many colours the style may use. Art with fewer distinct colours gets fewer."
        onChange={(v) => set('k', v)}
      />
      <details>
        <summary>Advanced</summary>
        <div class="section">
          <div class="grid2">
            <NumberField
              id="train-size"
              label="Working size (px)"
              value={value.size}
              min={8}
              max={MAX_WORKING_SIZE}
              invalid={invalid(/^Working size|working size \d+ px do not fit/)}
              hint="Side of the square crops the network learns from: bigger sees more context but trains slower."
              onChange={(v) => setRaw('size', v)}
            />
            <NumberField
              id="train-epochs"
              label="Epochs"
              value={value.epochs}
              min={1}
              max={10_000}
              invalid={invalid(/^Epochs|over an hour/)}
              hint="Passes over your art."
              onChange={(v) => setRaw('epochs', v)}
            />
          </div>
          <RadioGroup
            name="preset"
            legend="Model"
            value={value.preset}
            onChange={(v) => set('preset', v)}
            options={[
              { value: 'fcn', label: 'Recommended', hint: 'Fully convolutional: works at any image size and uses the context around each pixel.' },
              {
                value: 'seed',
                label: "Original study's (to compare)",
                hint: 'conv → dense → dense, as in the study this plugin grew from: only to compare with it.',
              },
            ]}
          />
          <NumberField
            id="train-seed"
            label="Random seed"
            value={value.seed}
            min={0}
            max={2 ** 31 - 1}
            invalid={invalid(/^Random seed/)}
            hint="The same seed, art and settings give the same style."
            onChange={(v) => set('seed', v)}
          />
        </div>
      </details>
      {estimate && check.problems.length === 0 && (
        <p class="muted" style={{ margin: 0 }} data-testid="train-estimate">
          About {formatDuration(estimate.seconds)} on {backendName}; the style will take about {formatBytes(estimate.styleBytes)} of your{' '}
          {formatBytes(quotaBytes)} storage.
        </p>
      )}
      {check.problems.length > 0 && (
        <ul class="plain callout error" data-testid="settings-problems">
          {check.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {check.warnings.length > 0 && (
        <ul class="plain callout warning" data-testid="settings-warnings">
          {check.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
