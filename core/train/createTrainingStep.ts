import { sampleBatch } from '../dataset/sampleBatch';
import type { Example } from '../dataset/Example';
import { simulateBatchHints } from '../hints/simulateBatchHints';
import { labelsOutsideFloods } from '../hints/labelsOutsideFloods';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { forward } from '../model/forward';
import { initWeights } from '../model/initWeights';
import { createRandom } from '../random';
import * as tf from '../tf/tf';
import type { AbortSignalLike } from '../types';
import { classWeights } from './classWeights';
import { createAdadelta, type Adadelta } from './createAdadelta';
import { createWeightAverage, type WeightAverage } from './createWeightAverage';
import { disposeAbandonedTape } from './disposeAbandonedTape';
import { countCorrect, pixelLoss } from './pixelLoss';
import type { TrainSettings } from './resolveTrainSettings';
import { untilAborted } from '../tf/untilAborted';

/** What one step measured on its batch. */
export interface StepResult {
  readonly loss: number;
  /** Labelled pixels of the batch whose arg-max was right, and how many were labelled. */
  readonly correct: number;
  readonly counted: number;
}

/** A model being trained: its weights, optimizer state and weight average, and one step of training. */
export interface TrainingStep {
  /** The live weights by name. */
  readonly weights: ReadonlyMap<string, tf.Variable>;
  /** The mean of the weights over the second half of training (see createWeightAverage): what is saved and scored. */
  readonly averaged: ReadonlyMap<string, tf.Variable>;
  /** Pixels one step trains on: batch · crop². */
  readonly pixelsPerStep: number;
  /**
   * One step: random crops and flips (sampleBatch), simulated colour hints
   * for a model that takes them (simulateBatchHints), the model's inputs
   * (buildModelInputs), forward with a seeded dropout, per-pixel softmax
   * cross-entropy, gradients of every weight, the Adadelta update, the weight
   * average, and the read-back of loss and accuracy.
   */
  runAsync(signal?: AbortSignalLike): Promise<StepResult>;
  /**
   * From the next step on, sample from `train` with `prior` instead: the same
   * weights, optimizer state and weight average go on learning from other art
   * (trainStyle's last epochs over all the art, held-out images included).
   */
  useArt(train: readonly Example[], prior?: Float32Array): void;
  dispose(): void;
}

export interface TrainingStepSetup {
  readonly settings: TrainSettings;
  /** Palette size. */
  readonly k: number;
  readonly train: readonly Example[];
  /** The context-free prior table, when the model has one (see buildPrior). */
  readonly prior?: Float32Array;
  /** Steps the whole run will take: the weight average starts half-way. */
  readonly totalSteps: number;
}

/**
 * Fresh weights for a model and the one training step trainStyle, `hueprint
 * eval` and the bench all run. Softmax cross-entropy, Adadelta at learning
 * rate 1.0 as Zeiler 2012 intends, dropout, random crops and flips;
 * reproducible from the settings' seed. Owns its tensors: dispose() it.
 */
export function createTrainingStep({ settings, k, train: firstTrain, prior: firstPrior, totalSteps }: TrainingStepSetup): TrainingStep {
  let train = firstTrain;
  let prior = firstPrior;
  const { config, seed, batchSize, cropSize } = settings;
  const random = createRandom(seed + 101);
  // Its own stream, so crops and dropout are the same with and without hints.
  const hintRandom = createRandom(seed + 202);
  const takesHints = config.preset === 'fcn' && !!config.hints;
  // Everything that holds tensors is disposed if a later allocation fails.
  const variables = new Map<string, tf.Variable>();
  let optimizer: Adadelta | undefined;
  let average: WeightAverage | undefined;
  let weightsTensor: tf.Tensor1D | undefined;
  const dispose = (): void => {
    for (const v of variables.values()) v.dispose();
    optimizer?.dispose();
    average?.dispose();
    weightsTensor?.dispose();
  };
  try {
    for (const w of initWeights(config, k, seed))
      variables.set(
        w.name,
        tf.tidy(() => tf.variable(tf.tensor(w.data, [...w.shape]), true)),
      );
    optimizer = createAdadelta(variables, settings.adadelta);
    // Average the weights over the second half of training (see createWeightAverage).
    average = createWeightAverage(variables, Math.floor(totalSteps / 2) + 1);
    if (settings.rebalance) weightsTensor = tf.tensor1d(classWeights(train, k));
  } catch (error) {
    dispose();
    throw error;
  }
  const update = optimizer;
  const averaged = average;
  return {
    weights: variables,
    averaged: averaged.tensors,
    pixelsPerStep: batchSize * cropSize * cropSize,
    async runAsync(signal) {
      const batch = sampleBatch(train, batchSize, cropSize, random);
      // Seeded per step, so a training run is reproducible from `seed`.
      const dropoutSeed = Math.floor(random() * 2 ** 31);
      const hints = takesHints ? simulateBatchHints(batch, hintRandom, config) : undefined;
      let tally: tf.Tensor1D | undefined;
      let cost: tf.Scalar | undefined;
      let gradients: tf.NamedTensorMap | undefined;
      try {
        const { value, grads } = tf.variableGrads(() => {
          const inputs = modelInputTensors(buildModelInputs(config, k, { gray: batch.gray, prior, hints }), [batch.count, cropSize, cropSize]);
          const labels = tf.tensor1d(hints ? labelsOutsideFloods(batch.labels, hints) : batch.labels, 'int32');
          const logits = forward(config, variables, inputs, { training: true, dropoutSeed });
          tally = tf.keep(countCorrect(logits, labels, k));
          return pixelLoss(logits, labels, k, weightsTensor);
        }, [...variables.values()]);
        cost = value;
        gradients = grads;
        // variableGrads keys gradients by the variables' engine names; ours are the weights' names.
        const named: Record<string, tf.Tensor> = {};
        for (const [name, v] of variables) named[name] = grads[v.name];
        update.apply(named);
        averaged.update();
        const [loss] = (await untilAborted(cost.data(), signal)) as Float32Array;
        const [correct, counted] = (await untilAborted(tally!.data(), signal)) as Float32Array;
        return { loss, correct, counted };
      } catch (error) {
        disposeAbandonedTape();
        throw error;
      } finally {
        cost?.dispose();
        (tally as tf.Tensor | undefined)?.dispose();
        if (gradients) tf.dispose(Object.values(gradients));
      }
    },
    useArt(nextTrain, nextPrior) {
      if (!!nextPrior !== !!prior) throw new RangeError('useArt: the new art must come with a prior exactly when the model has one.');
      if (weightsTensor) {
        const next = tf.tensor1d(classWeights(nextTrain, k));
        weightsTensor.dispose();
        weightsTensor = next;
      }
      train = nextTrain;
      prior = nextPrior;
    },
    dispose,
  };
}
