import { countWeights, defaultFcnConfig, defaultSeedConfig, epochsOnAllArt, MIN_STEPS_PER_EPOCH, splitIndices } from '../../core/index';
import type { SelectionItem } from '../../core/protocol/messages';
import type { ModelConfig } from '../../core/types';
import type { TrainSettingsValue } from '../jobs/TrainSettingsValue';

/**
 * Training pixels per second of the default model by backend label, on a
 * 2-core machine without a GPU. wasm: the harness's default training on six
 * 128 px images took 104.8 s in 86 steps of 8 crops of 64² and 56.5 s in 46
 * (load 9) in Chromium's compute worker (test/e2e/responsive.e2e.test.ts),
 * both about 28 k px/s on a shared machine. Software WebGL: the
 * designer trial's two epochs took 525 s. cpu: `npm run bench` (Node, 558 px/s).
 */
const PIXELS_PER_SECOND: Readonly<Record<string, number>> = {
  wasm: 28_000,
  'webgl (software)': 2_000,
  cpu: 560,
  // A real GPU: not measured here; a modest laptop GPU is assumed.
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
 * pixels per epoch, at least MIN_STEPS_PER_EPOCH steps) at the backend's measured speed.
 */
export function estimateTraining(settings: TrainSettingsValue, items: readonly SelectionItem[], backendLabel: string): TrainingEstimate {
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
  const rate = PIXELS_PER_SECOND[backendLabel] ?? PIXELS_PER_SECOND.cpu;
  const seconds = SETUP_SECONDS + (steps * BATCH * side * side) / rate;
  // Weights (the prior among them) as float32, the lookup, the palette and the header.
  const styleBytes = countWeights(config, settings.k) * 4 + 256 * 4 + settings.k * 32 + 2048;
  return { seconds, styleBytes, config, side };
}
