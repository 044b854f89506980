import { assertTrainable } from '../../core/limits/assertTrainable';
import { errorMessage } from '../../core/errorMessage';
import type { TrainSettingsValue } from '../jobs/TrainSettingsValue';
import type { TrainingEstimate } from './estimateTraining';
import { formatBytes } from './formatBytes';
import { formatDuration } from './formatDuration';

export const MAX_COLOURS = 64;
export const MAX_WORKING_SIZE = 256;
/** Hueprint does not start a run it expects to take longer than this. */
const MAX_SECONDS = 60 * 60;
/** Floats per pixel of the largest tensor of a training step on WebGL (logits, their gradient and the inputs, packed). */
const WEBGL_FLOATS_PER_PIXEL = (k: number) => 2 * k + 20;
const BATCH = 8;

export interface SettingsCheck {
  /** What stops Train, each in words that say what to change. */
  readonly problems: readonly string[];
  /** What the designer should know before starting. */
  readonly warnings: readonly string[];
}

const typed = (value: number) => (Number.isNaN(value) ? '' : ` (not ${value})`);
const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * Refuses, before training starts, the settings that cannot work or would
 * take unreasonably long, and says why in words (never a silent clamp):
 * values out of range, a model core would refuse (assertTrainable), a step
 * larger than this GPU's largest texture, a run over an hour; and warns
 * when the style would not fit the storage left.
 */
export function checkTrainSettings(
  settings: TrainSettingsValue,
  estimate: TrainingEstimate,
  context: { readonly freeBytes: number; readonly quotaBytes: number; readonly maxTextureSide?: number },
): SettingsCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const { k, size, epochs, seed } = settings;
  if (!whole(k, 2, MAX_COLOURS)) problems.push(`Colours: choose a whole number from 2 to ${MAX_COLOURS}${typed(k)}.`);
  if (settings.preset === 'fcn' && !(whole(size, 8, MAX_WORKING_SIZE) && size % 4 === 0)) {
    problems.push(`Working size: choose a multiple of 4 from 8 to ${MAX_WORKING_SIZE} px${typed(size)}.`);
  }
  if (!whole(epochs, 1, 10_000)) problems.push(`Epochs: choose a whole number of 1 or more${typed(epochs)}.`);
  if (!whole(seed, 0, 2 ** 31 - 1)) problems.push(`Random seed: choose a whole number from 0 to ${2 ** 31 - 1}${typed(seed)}.`);
  if (problems.length > 0) return { problems, warnings };

  try {
    assertTrainable(estimate.config, k, estimate.side, BATCH);
  } catch (error) {
    problems.push(errorMessage(error));
  }
  const side = estimate.side;
  const texture = context.maxTextureSide;
  if (texture && BATCH * side * side * WEBGL_FLOATS_PER_PIXEL(k) > texture * texture) {
    let largest = side - 4;
    while (largest >= 8 && BATCH * largest * largest * WEBGL_FLOATS_PER_PIXEL(k) > texture * texture) largest -= 4;
    problems.push(
      `${k} colours at working size ${side} px do not fit this GPU (its largest texture is ${texture} × ${texture}). ` +
        (largest >= 8 ? `Use a working size of ${largest} px or less, or fewer colours.` : 'Use fewer colours.'),
    );
  }
  if (estimate.seconds > MAX_SECONDS) {
    problems.push(
      `This would take about ${formatDuration(estimate.seconds)}. Hueprint does not start runs over an hour: choose Quick or Standard, fewer epochs or a smaller working size.`,
    );
  }
  if (estimate.styleBytes > context.freeBytes) {
    warnings.push(
      `Its style (about ${formatBytes(estimate.styleBytes)}) will not fit in the ${formatBytes(Math.max(0, context.freeBytes))} free of your ${formatBytes(context.quotaBytes)} storage: delete styles under Styles before saving, or use fewer colours.`,
    );
  }
  if (settings.preset === 'seed') {
    warnings.push(
      `The original study's model is here to compare with that study, not for your work: its style takes about ${formatBytes(estimate.styleBytes)} of your ${formatBytes(context.quotaBytes)} storage, and it usually colours worse than the recommended model.`,
    );
  }
  return { problems, warnings };
}
