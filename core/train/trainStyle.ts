import { predictPixelsAsync } from '../colorize/predictPixelsAsync';
import { fitForModel, prepareExample } from '../dataset/prepareExample';
import { sampleBatch } from '../dataset/sampleBatch';
import { splitIndices } from '../dataset/splitIndices';
import type { Example } from '../dataset/TrainingSet';
import { assertImage } from '../image';
import { defaultFcnConfig, defaultSeedConfig } from '../model/defaultConfigs';
import { initWeights } from '../model/initWeights';
import type { NamedWeight } from '../model/NamedWeight';
import { extractPalette } from '../palette/extractPalette';
import { createRandom } from '../random';
import { STYLE_FORMAT, STYLE_VERSION, type StyleFile, type TrainingReport } from '../style/StyleFile';
import { forward } from '../model/forward';
import { buildPrior, PRIOR_WEIGHT } from '../inputs/buildPrior';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { simulateBatchHints } from '../hints/simulateBatchHints';
import { modelInputTensors } from '../inputs/modelInputTensors';
import * as tf from '../tf/tf';
import type { AbortSignalLike, ModelConfig, Palette, PresetName, Rgba8Image, TrainProgress, FcnConfig } from '../types';
import { buildLookup, predictWithLookup } from './buildLookup';
import { classWeights } from './classWeights';
import { now } from './now';
import { countCorrect, pixelLoss } from './pixelLoss';
import { TrainingStoppedError, type StopReason } from './TrainingStoppedError';
import { yieldToEventLoop } from './yieldToEventLoop';
import { createAdadelta, type AdadeltaOptions } from './createAdadelta';
import { createWeightAverage } from './createWeightAverage';
import { untilAborted } from './untilAborted';
import { assertTrainable } from '../limits/assertTrainable';
import { disposeAbandonedTape } from './disposeAbandonedTape';
import { displaySafeName } from '../style/displaySafeName';
import { MAX_STYLE_NAME } from '../style/styleHeaderSchema';

export interface TrainOptions {
  readonly name?: string;
  /** Palette size; default 32. Art with fewer distinct colours gets fewer, with a notice. */
  readonly k?: number;
  /** Side of the square crops the fcn trains on (default 64), or S of the seed preset (default 16). */
  readonly size?: number;
  /** fcn: training art is scaled so its longer side is at most this (default 256). */
  readonly maxSide?: number;
  /** Pad art to a square with white before training, as the original study did (seed always does). */
  readonly padToSquare?: boolean;
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly preset?: PresetName;
  /** Overrides of the preset's architecture (width, depth, hidden, dropout). */
  readonly model?: Partial<Omit<ModelConfig, 'preset'>>;
  readonly seed?: number;
  /** Zhang et al. 2016 class rebalancing; default off (it trades accuracy for rare colours). */
  readonly rebalance?: boolean;
  /** Image-level held-out fraction; default 0.3. Ignored when testImages is given. */
  readonly testFraction?: number;
  /** An explicit held-out set: then every image of `images` trains. */
  readonly testImages?: readonly Rgba8Image[];
  /** A palette computed beforehand, reused as is. */
  readonly palette?: Palette;
  /** Adadelta's settings; default learning rate 1.0, ρ 0.95, ε 1e-6. */
  readonly adadelta?: AdadeltaOptions;
  /** Recorded in the style's report; the host knows which backend it set. */
  readonly backend?: string;
}

export interface TrainHooks {
  readonly onProgress?: (progress: TrainProgress) => void;
  /** After every step: for a smooth progress bar. */
  readonly onStep?: (step: number, steps: number) => void;
  readonly onNotice?: (message: string) => void;
  /** Abort to cancel. A reason of 'context-lost' is reported as such. */
  readonly signal?: AbortSignalLike;
}

export interface TrainResult {
  readonly style: StyleFile;
  readonly notices: readonly string[];
  /** Which of `images` trained and which were held out (empty when testImages was given). */
  readonly split: { readonly train: readonly number[]; readonly test: readonly number[] };
}

export const DEFAULT_EPOCHS = 10;
const MIN_STEPS_PER_EPOCH = 16;

/**
 * Learn a colour style from colour art: cluster its colours into a palette,
 * then train a convolutional network to pick each gray pixel's palette
 * colour from its surroundings (softmax cross-entropy, Adadelta at learning
 * rate 1.0 as Zeiler 2012 intends, dropout, random crops and flips), scored
 * every epoch on held-out images against the gray→colour lookup baseline.
 * The saved weights are the mean over the second half of training
 * (stochastic weight averaging), steadier on held-out art than the last step.
 * Every tensor it makes is disposed, whether it finishes, fails or is
 * cancelled.
 */
export async function trainStyle(images: readonly Rgba8Image[], options: TrainOptions = {}, hooks: TrainHooks = {}): Promise<TrainResult> {
  if (images.length === 0) throw new Error('There is no art to learn from. Select at least one colour image or frame and try again.');
  images.forEach((image, i) => assertImage(image, `Image ${i + 1}`));
  const started = now();
  const seed = options.seed ?? 1;
  const notices: string[] = [];
  const notice = (message: string): void => {
    notices.push(message);
    hooks.onNotice?.(message);
  };
  const config = resolveConfig(options);
  const maxSide = options.maxSide ?? 256;
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`Epochs must be a whole number ≥ 1, got ${epochs}.`);
  const cropSize = config.preset === 'seed' ? config.size : options.size ?? 64;
  const batchSize = options.batchSize ?? 8;
  // Before any work: options the style format could not hold, or a step that would not fit in memory.
  assertTrainable(config, options.palette?.frequency.length ?? options.k ?? 32, cropSize, batchSize);

  options.testImages?.forEach((image, i) => assertImage(image, `Test image ${i + 1}`));
  const explicitTest = options.testImages?.map((image) => fitForModel(image, config, maxSide, options.padToSquare));
  const fitted = images.map((image) => fitForModel(image, config, maxSide, options.padToSquare));
  const split = explicitTest
    ? { train: fitted.map((_, i) => i), test: [] as number[] }
    : splitIndices(fitted.length, options.testFraction ?? 0.3, seed);
  let palette = options.palette;
  if (!palette) {
    // The palette comes from the training images only: held-out art must not shape it.
    const extracted = extractPalette(split.train.map((i) => fitted[i]), { k: options.k ?? 32, seed });
    palette = extracted.palette;
    if (extracted.notice) notice(extracted.notice);
  }
  const k = palette.frequency.length;
  const examples = fitted.map((image) => prepareExample(image, palette));
  if (split.test.length === 0 && !explicitTest?.length) notice('With one image there is nothing to hold out, so there is no honest accuracy. Add more art to measure it.');
  const train = split.train.map((i) => examples[i]);
  const test = explicitTest ? explicitTest.map((image) => prepareExample(image, palette)) : split.test.map((i) => examples[i]);
  const lookup = buildLookup(train, k);
  const lookupTestAccuracy = accuracyOf(test, (e) => predictWithLookup(lookup, e.gray.data));

  const trainPixels = train.reduce((sum, e) => sum + e.gray.data.length, 0);
  // An epoch is one pass over the training pixels, but at least MIN_STEPS
  // steps, so a few small frames still get enough updates to learn from.
  const passSteps = config.preset === 'seed' ? Math.ceil(train.length / batchSize) : Math.round(trainPixels / (batchSize * cropSize * cropSize));
  const stepsPerEpoch = Math.max(MIN_STEPS_PER_EPOCH, passSteps);
  const totalSteps = epochs * stepsPerEpoch;
  const random = createRandom(seed + 101);
  // Its own stream, so crops and dropout are the same with and without hints.
  const hintRandom = createRandom(seed + 202);
  const takesHints = config.preset === 'fcn' && !!config.hints;

  const prior = config.prior ? buildPrior(train, k) : undefined;
  // Everything below that holds tensors is disposed in the `finally` at the
  // end, however training ends (even if one of these allocations fails).
  const variables = new Map<string, tf.Variable>();
  let optimizer: ReturnType<typeof createAdadelta> | undefined;
  let average: ReturnType<typeof createWeightAverage> | undefined;
  let weightsTensor: tf.Tensor1D | undefined;
  const report = (epochsDone: number, testAccuracy: number): TrainingReport => ({
    images: { train: train.length, test: test.length },
    epochs: epochsDone,
    size: cropSize,
    maxSide,
    padToSquare: !!options.padToSquare,
    seconds: (now() - started) / 1000,
    backend: options.backend ?? tf.getBackend(),
    rebalance: !!options.rebalance,
    testAccuracy,
    lookupTestAccuracy,
  });
  const makeStyle = (weights: NamedWeight[], training: TrainingReport): StyleFile => ({
    format: STYLE_FORMAT,
    version: STYLE_VERSION,
    name: displaySafeName(options.name ?? '').slice(0, MAX_STYLE_NAME),
    createdAt: new Date().toISOString(),
    palette,
    model: config,
    weights,
    lookup,
    training,
  });
  let lastGood: StyleFile | undefined;
  const stop = (reason: StopReason, message: string, cause?: unknown): TrainingStoppedError =>
    new TrainingStoppedError(reason, message, lastGood, { cause });

  try {
    for (const w of initWeights(config, k, seed)) variables.set(w.name, tf.tidy(() => tf.variable(tf.tensor(w.data, [...w.shape]), true)));
    optimizer = createAdadelta(variables, options.adadelta);
    // Average the weights over the second half of training (see createWeightAverage).
    average = createWeightAverage(variables, Math.floor(totalSteps / 2) + 1);
    if (options.rebalance) weightsTensor = tf.tensor1d(classWeights(train, k));
    let step = 0;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      let lossSum = 0;
      let correct = 0;
      let counted = 0;
      for (let s = 0; s < stepsPerEpoch; s++) {
        if (hooks.signal?.aborted) throw abortError(hooks.signal, stop);
        const batch = sampleBatch(train, batchSize, cropSize, random);
        // Seeded per step, so a training run is reproducible from `seed`.
        const dropoutSeed = Math.floor(random() * 2 ** 31);
        const hints = takesHints ? simulateBatchHints(batch, hintRandom) : undefined;
        let tally: tf.Tensor1D | undefined;
        let cost: tf.Scalar | null = null;
        let gradients: tf.NamedTensorMap | undefined;
        try {
          const { value, grads } = tf.variableGrads(() => {
            const inputs = modelInputTensors(buildModelInputs(config, k, { gray: batch.gray, prior, hints }), [batch.count, cropSize, cropSize]);
            const labels = tf.tensor1d(batch.labels, 'int32');
            const logits = forward(config, variables, inputs, { training: true, dropoutSeed });
            tally = tf.keep(countCorrect(logits, labels, k));
            return pixelLoss(logits, labels, k, weightsTensor);
          }, [...variables.values()]);
          cost = value;
          gradients = grads;
          // variableGrads keys gradients by the variables' engine names; ours are the weights' names.
          const named: Record<string, tf.Tensor> = {};
          for (const [name, v] of variables) named[name] = grads[v.name];
          optimizer.apply(named);
          average.update();
          const [loss] = (await untilAborted(cost!.data(), hooks.signal)) as Float32Array;
          const [c, n] = (await untilAborted(tally!.data(), hooks.signal)) as Float32Array;
          if (!Number.isFinite(loss)) {
            throw stop('diverged', 'Training diverged (the loss is no longer a number). The last good weights are kept; try fewer epochs or another seed.');
          }
          lossSum += loss;
          correct += c;
          counted += n;
        } catch (error) {
          disposeAbandonedTape();
          if (error instanceof TrainingStoppedError) throw error;
          if (hooks.signal?.aborted) throw abortError(hooks.signal, stop);
          throw stop('failed', failedMessage(error), error);
        } finally {
          cost?.dispose();
          (tally as tf.Tensor | undefined)?.dispose();
          if (gradients) tf.dispose(Object.values(gradients));
        }
        step++;
        hooks.onStep?.(step, totalSteps);
        await yieldToEventLoop();
      }
      let weights: NamedWeight[];
      let testAccuracy: number;
      try {
        weights = await untilAborted(readWeights(average.tensors), hooks.signal);
        if (prior) weights.push({ name: PRIOR_WEIGHT, shape: [256, k], data: prior });
        testAccuracy = test.length === 0 ? NaN : await untilAborted(modelAccuracy(config, average.tensors, palette, test, prior), hooks.signal);
      } catch (error) {
        if (hooks.signal?.aborted) throw abortError(hooks.signal, stop);
        throw stop('failed', failedMessage(error), error);
      }
      lastGood = makeStyle(weights, report(epoch, testAccuracy));
      const elapsed = (now() - started) / 1000;
      hooks.onProgress?.({
        epoch,
        epochs,
        loss: lossSum / stepsPerEpoch,
        trainAccuracy: counted > 0 ? correct / counted : NaN,
        testAccuracy,
        secondsElapsed: elapsed,
        secondsRemaining: (elapsed / epoch) * (epochs - epoch),
      });
    }
    return { style: lastGood!, notices, split };
  } finally {
    for (const v of variables.values()) v.dispose();
    optimizer?.dispose();
    average?.dispose();
    weightsTensor?.dispose();
  }
}

function failedMessage(error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  return `Training failed: ${why}. The weights of the last finished epoch are kept. Try fewer or smaller images, a smaller working size, or train again.`;
}

function resolveConfig(options: TrainOptions): ModelConfig {
  const preset = options.preset ?? 'fcn';
  if (preset === 'fcn') {
    const config: FcnConfig = { ...defaultFcnConfig, ...(options.model as object), preset: 'fcn' };
    if (config.hints && !config.prior) throw new RangeError('A model that takes hints needs the prior (hints are mixed into it).');
    return config;
  }
  if (preset === 'seed') return { ...defaultSeedConfig, ...(options.model as object), ...(options.size ? { size: options.size } : {}), preset: 'seed' };
  throw new RangeError(`Unknown preset "${String(preset)}". Use "fcn" (default) or "seed".`);
}

function abortError(signal: AbortSignalLike, stop: (reason: StopReason, message: string) => TrainingStoppedError): TrainingStoppedError {
  const why = signal.reason;
  if (why === 'context-lost') {
    return stop('context-lost', 'The GPU context was lost (WebGL), so training stopped. The weights of the last finished epoch are kept.');
  }
  return stop('cancelled', 'Training was cancelled. The weights of the last finished epoch are kept.');
}

async function readWeights(variables: ReadonlyMap<string, tf.Variable>): Promise<NamedWeight[]> {
  const out: NamedWeight[] = [];
  for (const [name, v] of variables) out.push({ name, shape: v.shape.slice(), data: Float32Array.from(await v.data()) });
  return out;
}

async function modelAccuracy(config: ModelConfig, weights: ReadonlyMap<string, tf.Tensor>, palette: Palette, examples: readonly Example[], prior: Float32Array | undefined): Promise<number> {
  const predictions: Int32Array[] = [];
  for (const e of examples) predictions.push((await predictPixelsAsync({ config, palette, weights, prior }, e.gray)).indices);
  let i = 0;
  return accuracyOf(examples, () => predictions[i++]);
}

/** Fraction of labelled pixels predicted right. */
export function accuracyOf(examples: readonly Example[], predict: (e: Example) => Int32Array): number {
  let correct = 0;
  let counted = 0;
  for (const e of examples) {
    const predicted = predict(e);
    const labels = e.labels.data;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] >= 0) {
        counted++;
        if (predicted[i] === labels[i]) correct++;
      }
    }
  }
  return counted > 0 ? correct / counted : NaN;
}
