import { fitForModel, prepareExample } from '../../../core/dataset/prepareExample';
import { sampleBatch } from '../../../core/dataset/sampleBatch';
import { defaultFcnConfig, defaultSeedConfig } from '../../../core/model/defaultConfigs';
import { forward } from '../../../core/model/forward';
import { initWeights } from '../../../core/model/initWeights';
import { extractPalette } from '../../../core/palette/extractPalette';
import { createRandom } from '../../../core/random';
import * as tf from '../../../core/tf/tf';
import { buildPrior } from '../../../core/inputs/buildPrior';
import { buildModelInputs } from '../../../core/inputs/buildModelInputs';
import { modelInputTensors } from '../../../core/inputs/modelInputTensors';
import { createAdadelta } from '../../../core/train/createAdadelta';
import { countCorrect, pixelLoss } from '../../../core/train/pixelLoss';
import type { ModelConfig, PresetName, Rgba8Image } from '../../../core/types';

export interface Trainer {
  readonly config: ModelConfig;
  readonly k: number;
  readonly batchSize: number;
  readonly cropSize: number;
  /** The live weights by name. */
  readonly weights: ReadonlyMap<string, tf.Tensor>;
  /** The context-free prior table (256 × K log-probabilities), when the model uses one. */
  readonly prior?: Float32Array;
  /** Pixels one step trains on: batch · crop². */
  readonly pixelsPerStep: number;
  /** One training step exactly as trainStyle runs it, up to reading back its loss and tally. */
  step(): Promise<number>;
  dispose(): void;
}

/**
 * The inner loop of core/train/trainStyle.ts on real art, without its epoch
 * bookkeeping, so a benchmark can time steps one by one: random crops and
 * flips (sampleBatch), forward with dropout, per-pixel softmax
 * cross-entropy, gradients of every weight, the Adadelta update, and the
 * read-back of loss and accuracy that trainStyle does every step. Keep it in
 * step with trainStyle when that changes.
 */
export function createTrainer(images: readonly Rgba8Image[], preset: PresetName, batchSize = 8): Trainer {
  const config: ModelConfig = preset === 'fcn' ? defaultFcnConfig : defaultSeedConfig;
  const cropSize = config.preset === 'seed' ? config.size : 64;
  const fitted = images.map((image) => fitForModel(image, config, 256));
  const { palette } = extractPalette(fitted, { k: 32, seed: 1 });
  const k = palette.frequency.length;
  const examples = fitted.map((image) => prepareExample(image, palette));
  const random = createRandom(102);
  const variables = new Map<string, tf.Variable>();
  const all = new Map<string, tf.Tensor>();
  const prior = config.prior ? buildPrior(examples, k) : undefined;
  for (const w of initWeights(config, k, 1)) {
    const v = tf.tidy(() => tf.variable(tf.tensor(w.data, [...w.shape]), true));
    variables.set(w.name, v);
    all.set(w.name, v);
  }
  const optimizer = createAdadelta(variables);
  const byName = [...variables.keys()];
  return {
    config,
    k,
    batchSize,
    cropSize,
    weights: all,
    prior,
    pixelsPerStep: batchSize * cropSize * cropSize,
    async step() {
      const batch = sampleBatch(examples, batchSize, cropSize, random);
      let tally: tf.Tensor1D | undefined;
      const { value, grads } = tf.variableGrads(() => {
        const inputs = modelInputTensors(buildModelInputs(config, k, { gray: batch.gray, prior }), [batch.count, cropSize, cropSize]);
        const labels = tf.tensor1d(batch.labels, 'int32');
        // As trainStyle does: a seeded dropout per step.
        const logits = forward(config, all, inputs, { training: true, dropoutSeed: Math.floor(random() * 2 ** 31) });
        tally = tf.keep(countCorrect(logits, labels, k));
        return pixelLoss(logits, labels, k);
      }, [...variables.values()]);
      const named: Record<string, tf.Tensor> = {};
      [...variables.values()].forEach((v, i) => (named[byName[i]] = grads[v.name]));
      optimizer.apply(named);
      tf.dispose(Object.values(grads));
      const [loss] = (await value.data()) as Float32Array;
      await tally!.data();
      value.dispose();
      tally!.dispose();
      return loss;
    },
    dispose() {
      for (const t of all.values()) t.dispose();
      optimizer.dispose();
    },
  };
}
