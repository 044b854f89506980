import type { Example } from '../../../core/dataset/Example';
import { prepareExample } from '../../../core/dataset/prepareExample';
import { buildPrior } from '../../../core/inputs/buildPrior';
import type * as tf from '../../../core/tf/tf';
import { createTrainingStep } from '../../../core/train/createTrainingStep';
import { extractTrainingPalette } from '../../../core/train/extractTrainingPalette';
import { resolveTrainSettings } from '../../../core/train/resolveTrainSettings';
import { splitTrainingArt } from '../../../core/train/splitTrainingArt';
import type { ModelConfig, PresetName, Rgba8Image } from '../../../core/types';

export interface Trainer {
  readonly config: ModelConfig;
  readonly k: number;
  readonly batchSize: number;
  readonly cropSize: number;
  /** The live weights by name. */
  readonly weights: ReadonlyMap<string, tf.Tensor>;
  /** The same weights as the variables gradients are taken of. */
  readonly variables: tf.Variable[];
  /** The training examples steps sample from. */
  readonly train: readonly Example[];
  /** The context-free prior table (256 × K log-probabilities), when the model uses one. */
  readonly prior?: Float32Array;
  /** Pixels one step trains on: batch · crop². */
  readonly pixelsPerStep: number;
  /** One training step: core's, the one trainStyle runs (see createTrainingStep). */
  step(): Promise<number>;
  dispose(): void;
}

/**
 * Core's training step on real art with default settings, every image
 * training (no held-out split), so a benchmark can time steps one by one.
 */
export function createTrainer(images: readonly Rgba8Image[], preset: PresetName, batchSize = 8): Trainer {
  const settings = resolveTrainSettings({ preset, batchSize });
  const art = splitTrainingArt(images, settings, []);
  const { palette } = extractTrainingPalette(art, settings);
  const k = palette.frequency.length;
  const train = art.trainImages.map((image) => prepareExample(image, palette));
  const prior = settings.config.prior ? buildPrior(train, k) : undefined;
  const step = createTrainingStep({ settings, k, train, prior, totalSteps: Number.MAX_SAFE_INTEGER });
  return {
    config: settings.config,
    k,
    batchSize,
    cropSize: settings.cropSize,
    weights: step.weights,
    variables: [...step.weights.values()],
    train,
    prior,
    pixelsPerStep: step.pixelsPerStep,
    async step() {
      return (await step.runAsync()).loss;
    },
    dispose: () => step.dispose(),
  };
}
