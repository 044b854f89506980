import * as v from 'valibot';
import { MAX_IMAGE_SIDE } from '../image/limits';
import { countWeights } from '../model/modelShapes';
import type { ModelConfig } from '../types';
import { modelConfigSchema } from './modelConfigSchema';
import { MAX_K, MAX_WEIGHTS, MEMORY_BUDGET_BYTES, MIN_K } from './modelLimits';
import { trainingStepBytes } from './trainingStepBytes';

const MAX_BATCH = 64;
const GB = 1024 ** 3;

/**
 * Refuses, before any work, training options that Hueprint cannot train or
 * could not read back: an architecture outside the style format's limits,
 * a palette size outside 1–256, a working size the model cannot tile, or a
 * step that would not fit the memory budget (then it names the largest
 * working size that does). Throws RangeError with a message that says what
 * to change.
 */
export function assertTrainable(config: ModelConfig, k: number, side: number, batchSize: number): void {
  const parsed = v.safeParse(modelConfigSchema, config);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const key = v.getDotPath(issue);
    throw new RangeError(`Cannot train this model: ${key ? `${key}: ` : ''}${issue.message.slice(0, 200)}.`);
  }
  if (!Number.isInteger(k) || k < MIN_K || k > MAX_K)
    throw new RangeError(`The palette size must be a whole number from ${MIN_K} to ${MAX_K}, got ${String(k).slice(0, 40)}.`);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH)
    throw new RangeError(`The batch size must be a whole number from 1 to ${MAX_BATCH}, got ${String(batchSize).slice(0, 40)}.`);
  if (config.preset === 'fcn') {
    const grid = 2 ** config.depth;
    if (!Number.isInteger(side) || side < 8 || side % grid !== 0 || side > MAX_IMAGE_SIDE) {
      throw new RangeError(`The working size must be a multiple of ${grid} from 8 to ${MAX_IMAGE_SIDE}, got ${String(side).slice(0, 40)}.`);
    }
  }
  const weights = countWeights(config, k);
  if (weights > MAX_WEIGHTS) {
    const largest = largestFitting(config.preset === 'seed' ? config.size : side, (s) => countWeights(withSide(config, s), k) <= MAX_WEIGHTS, 1);
    throw new RangeError(
      `This model would have ${(weights / 1e6).toFixed(1)} million weights at K = ${k}; Hueprint trains at most ${(MAX_WEIGHTS / 1e6).toFixed(1)} million (about ${(MEMORY_BUDGET_BYTES / GB).toFixed(1)} GB while training).` +
        (config.preset === 'seed' && largest > 0 ? ` Use a seed working size of ${largest} or less, or fewer colours.` : ' Use fewer colours.'),
    );
  }
  const bytes = trainingStepBytes(config, k, side, batchSize);
  if (bytes > MEMORY_BUDGET_BYTES) {
    const step = config.preset === 'fcn' ? 2 ** config.depth : 1;
    const largest = largestFitting(side, (s) => trainingStepBytes(withSide(config, s), k, s, batchSize) <= MEMORY_BUDGET_BYTES, step);
    const advice = largest >= (config.preset === 'fcn' ? 8 : 4) ? `Use a working size of ${largest} or less, or fewer colours.` : 'Use fewer colours.';
    throw new RangeError(
      `Training at working size ${side} with K = ${k} would need about ${(bytes / GB).toFixed(1)} GB per step; Hueprint keeps a step under ${(MEMORY_BUDGET_BYTES / GB).toFixed(1)} GB so it cannot run out of memory. ${advice}`,
    );
  }
}

function withSide(config: ModelConfig, side: number): ModelConfig {
  return config.preset === 'seed' ? { ...config, size: side } : config;
}

/** The largest multiple of `step` below `from` that `fits`, or 0. */
function largestFitting(from: number, fits: (side: number) => boolean, step: number): number {
  for (let s = Math.floor((from - 1) / step) * step; s >= step; s -= step) if (fits(s)) return s;
  return 0;
}
