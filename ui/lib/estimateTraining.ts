import { countWeights, defaultFcnConfig, defaultSeedConfig, epochsOnAllArt, MIN_STEPS_PER_EPOCH, splitIndices } from '../../core/index';
import type { SelectionItem } from '../../core/protocol/messages';
import type { ModelConfig } from '../../core/types';
import type { TrainSettingsValue } from '../jobs/TrainSettingsValue';

/** Training pixels per second by backend label, from `npm run bench` on a 2-core machine without a GPU (README). */
const BENCH_PIXELS_PER_SECOND: Readonly<Record<string, number>> = {
  wasm: 95_900,
  'webgl (software)': 7_600,
  cpu: 3_600,
  // A real GPU: not measured here; a modest laptop GPU is assumed until a run measures it.
  webgl: 300_000,
};
/** Batch, longest side and held-out share: trainStyle's defaults. */
const BATCH = 8;
const MAX_SIDE = 256;
const TEST_FRACTION = 0.3;
/** Palette, lookup and the first compile before the first step. */
const SETUP_SECONDS = 3;

export interface TrainingEstimate {
  readonly seconds: number;
  /** Bytes of the saved style: weights, prior, lookup and palette. */
  readonly styleBytes: number;
  /** The model the settings describe (the seed preset has its own working size). */
  readonly config: ModelConfig;
  /** Side of the training crops. */
  readonly side: number;
}

/**
 * How long training will take and how big its style will be, before it
 * starts: steps as trainStyle counts them (one pass over the training
 * pixels per epoch, at least MIN_STEPS_PER_EPOCH steps) at the backend's measured speed
 * (`measured`, from the last run on this machine, else the bench's figure).
 */
export function estimateTraining(settings: TrainSettingsValue, items: readonly SelectionItem[], backendLabel: string, measured?: number): TrainingEstimate {
  const config: ModelConfig = settings.preset === 'seed' ? defaultSeedConfig : defaultFcnConfig;
  const side = config.preset === 'seed' ? config.size : settings.size;
  const { train, test } = splitIndices(items.length, TEST_FRACTION, settings.seed);
  const passSteps = (indices: readonly number[]): number => {
    const pixels = indices.reduce((sum, i) => {
      const { width, height } = items[i];
      const scale = Math.min(1, MAX_SIDE / Math.max(width, height, 1));
      return sum + Math.round(width * scale) * Math.round(height * scale);
    }, 0);
    return config.preset === 'seed' ? Math.ceil(indices.length / BATCH) : Math.round(pixels / (BATCH * side * side));
  };
  // Then a few plain passes over all the art, held-out images included (see epochsOnAllArt).
  const onAll = test.length > 0 ? epochsOnAllArt(settings.epochs) * Math.max(1, passSteps([...train, ...test])) : 0;
  const steps = settings.epochs * Math.max(MIN_STEPS_PER_EPOCH, passSteps(train)) + onAll;
  const rate = measured ?? BENCH_PIXELS_PER_SECOND[backendLabel] ?? BENCH_PIXELS_PER_SECOND.cpu;
  const seconds = SETUP_SECONDS + (steps * BATCH * side * side) / rate;
  // Weights (the prior among them) as float32, the lookup, the palette and the header.
  const styleBytes = countWeights(config, settings.k) * 4 + 256 * 4 + settings.k * 32 + 2048;
  return { seconds, styleBytes, config, side };
}
