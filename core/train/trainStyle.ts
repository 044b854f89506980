import { assertImage } from '../image';
import { PRIOR_WEIGHT } from '../inputs/buildPrior';
import type { StyleFile, TrainingReport } from '../style/StyleFile';
import * as tf from '../tf/tf';
import type { NamedWeight } from '../model/NamedWeight';
import type { ModelConfig, Palette, Rgba8Image } from '../types';
import { assembleStyle } from './assembleStyle';
import { createTrainingStep, type TrainingStep } from './createTrainingStep';
import { dataFromAllArt } from './dataFromAllArt';
import { epochsOnAllArt } from './epochsOnAllArt';
import { extractTrainingPalette } from './extractTrainingPalette';
import { heldOutAccuracyAsync } from './heldOutAccuracyAsync';
import { type HeldOutExample, heldOutExample } from './heldOutExample';
import { measureHintSettings } from '../hints/measureHintSettings';
import { createRandom } from '../random';
import { now } from './now';
import { prepareTrainingData, type TrainingData } from './prepareTrainingData';
import { readWeightsAsync } from './readWeightsAsync';
import { resolveTrainSettings, type TrainSettings } from './resolveTrainSettings';
import { splitTrainingArt } from './splitTrainingArt';
import { stepsPerEpoch } from './stepsPerEpoch';
import { abortedCause, DIVERGED, failedCause, type StopCause } from './stopReasons';
import { TrainingStoppedError } from './TrainingStoppedError';
import type { TrainHooks, TrainOptions } from './TrainOptions';
import { untilAborted } from '../tf/untilAborted';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface TrainResult {
  readonly style: StyleFile;
  readonly notices: readonly string[];
  /**
   * The style as the held-out images measured it: trained on the split's training images only,
   * its palette aside. The same as `style` when nothing was held out or the held-out art stays unseen;
   * otherwise `style` then trained on all the art (see TrainingReport.thenTrainedOnAll).
   * Score this one, not `style`, on the held-out images.
   */
  readonly measured: StyleFile;
  /** Which of `images` trained and which were held out (empty when testImages was given). */
  readonly split: { readonly train: readonly number[]; readonly test: readonly number[] };
  /** The first held-out image, its gray and the measured model's colours (absent when nothing was held out). */
  readonly heldOut?: HeldOutExample;
}

/**
 * Learn a colour style from colour art: cluster its colours into a palette,
 * then train a convolutional network to pick each gray pixel's palette
 * colour from its surroundings (see createTrainingStep), scored every epoch
 * on held-out images against the gray→colour lookup baseline. Every selected
 * image feeds the style: the palette comes from all of them, and once the
 * held-out images have measured it, training goes on over all the art for a
 * few more epochs (epochsOnAllArt) with the lookup and the prior rebuilt from
 * all of it (unless options.keepHeldOutUnseen). The saved
 * weights are the mean over the second half of training (stochastic weight
 * averaging), steadier on held-out art than the last step. Every tensor it
 * makes is disposed, whether it finishes, fails or is cancelled.
 */
export async function trainStyle(images: readonly Rgba8Image[], options: TrainOptions = {}, hooks: TrainHooks = {}): Promise<TrainResult> {
  if (images.length === 0) throw new Error('There is no art to learn from. Select at least one colour image or frame and try again.');
  for (const [i, image] of images.entries()) assertImage(image, `Image ${i + 1}`);
  const started = now();
  const notices: string[] = [];
  const notice = (message: string): void => {
    notices.push(message);
    hooks.onNotice?.(message);
  };
  const resolved = resolveTrainSettings(options);
  const art = splitTrainingArt(images, resolved, options.testImages);
  let palette = options.palette;
  if (!palette) {
    const extracted = extractTrainingPalette(art, resolved);
    palette = extracted.palette;
    if (extracted.notice) notice(extracted.notice);
  }
  const data = prepareTrainingData(art, palette, resolved.config);
  // A hint-taking model's trust in "same gray elsewhere" and the pull of hinted hues are measured on its own training art.
  const settings: TrainSettings = { ...resolved, config: withMeasuredHintSettings(resolved, data, palette) };
  if (art.split.test.length === 0 && !art.explicitTest?.length)
    notice('With one image there is nothing to hold out, so there is no honest accuracy. Add more art to measure it.');
  const steps = stepsPerEpoch(settings, data.train);
  const measuredSteps = settings.epochs * steps;
  // Once measured, the held-out images train too (unless they must stay unseen): see epochsOnAllArt.
  const onAll = !settings.keepHeldOutUnseen && !art.explicitTest && data.test.length > 0 ? dataFromAllArt(data, settings.config) : undefined;
  const allEpochs = onAll ? epochsOnAllArt(settings.epochs) : 0;
  const allSteps = onAll ? allEpochs * stepsPerEpoch(settings, onAll.train, 1) : 0;
  const totalSteps = measuredSteps + allSteps;
  const report = (epochs: number, testAccuracy: number): TrainingReport => ({
    images: { train: data.train.length, test: data.test.length },
    epochs,
    size: settings.cropSize,
    maxSide: settings.maxSide,
    padToSquare: settings.padToSquare,
    seconds: (now() - started) / 1000,
    backend: options.backend ?? tf.getBackend(),
    rebalance: settings.rebalance,
    testAccuracy,
    lookupTestAccuracy: data.lookupTestAccuracy,
  });

  let lastGood: StyleFile | undefined;
  let heldOutPrediction: Int32Array | undefined;
  const stop = ({ reason, message }: StopCause, cause?: unknown): TrainingStoppedError => new TrainingStoppedError(reason, message, lastGood, { cause });
  // Anything but a TrainingStoppedError becomes one, keeping the last finished epoch.
  const stopped = (error: unknown): TrainingStoppedError => {
    if (error instanceof TrainingStoppedError) return error;
    if (hooks.signal?.aborted) return stop(abortedCause(hooks.signal));
    return stop(failedCause(error), error);
  };
  let step: TrainingStep | undefined;
  try {
    // The weight average starts half-way through the measured epochs, as without the epochs on all art.
    step = createTrainingStep({ settings, k: data.k, train: data.train, prior: data.prior, totalSteps: measuredSteps });
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      const tally = await runEpochAsync(step, steps, (epoch - 1) * steps, totalSteps, hooks, stop, stopped);
      let scored: { weights: NamedWeight[]; testAccuracy: number };
      try {
        scored = await scoreEpochAsync(step, settings, palette, data, hooks, (indices) => {
          heldOutPrediction = indices;
        });
      } catch (error) {
        throw stopped(error);
      }
      lastGood = assembleStyle({
        name: options.name,
        palette,
        config: settings.config,
        weights: scored.weights,
        lookup: data.lookup,
        training: report(epoch, scored.testAccuracy),
      });
      const elapsed = (now() - started) / 1000;
      const done = epoch * steps;
      hooks.onProgress?.(
        {
          epoch,
          epochs: settings.epochs,
          loss: tally.lossSum / steps,
          trainAccuracy: tally.counted > 0 ? tally.correct / tally.counted : NaN,
          testAccuracy: scored.testAccuracy,
          secondsElapsed: elapsed,
          secondsRemaining: (elapsed / done) * (totalSteps - done),
        },
        lastGood,
      );
    }
    const measured = lastGood!;
    const heldOutOriginal = art.explicitTest?.[0] ?? art.fitted[art.split.test[0]];
    const heldOut = heldOutPrediction && heldOutOriginal ? heldOutExample(heldOutOriginal, data.test[0].gray, heldOutPrediction, palette) : undefined;
    let style = measured;
    if (onAll) {
      // The same run goes on (weights, optimizer state, weight average) with the held-out images in the batches.
      step.useArt(onAll.train, onAll.prior);
      for (let epoch = 0; epoch < allEpochs; epoch++) {
        const perEpoch = allSteps / allEpochs;
        await runEpochAsync(step, perEpoch, measuredSteps + epoch * perEpoch, totalSteps, hooks, stop, stopped);
      }
      let weights: NamedWeight[];
      try {
        weights = await untilAborted(readWeightsAsync(step.averaged), hooks.signal);
      } catch (error) {
        throw stopped(error);
      }
      if (onAll.prior) weights.push({ name: PRIOR_WEIGHT, shape: [256, onAll.k], data: onAll.prior });
      style = assembleStyle({
        name: options.name,
        palette,
        config: settings.config,
        weights,
        lookup: onAll.lookup,
        training: { ...report(settings.epochs, measured.training.testAccuracy), thenTrainedOnAll: { images: onAll.train.length, epochs: allEpochs } },
      });
    }
    return { style, measured, notices, split: art.split, ...(heldOut ? { heldOut } : {}) };
  } finally {
    step?.dispose();
  }
}

/** One epoch's steps, with the loss and accuracy summed over them. */
async function runEpochAsync(
  step: TrainingStep,
  steps: number,
  done: number,
  total: number,
  hooks: TrainHooks,
  stop: (cause: StopCause) => TrainingStoppedError,
  stopped: (error: unknown) => TrainingStoppedError,
): Promise<{ lossSum: number; correct: number; counted: number }> {
  let lossSum = 0;
  let correct = 0;
  let counted = 0;
  for (let s = 0; s < steps; s++) {
    if (hooks.signal?.aborted) throw stop(abortedCause(hooks.signal));
    let result: Awaited<ReturnType<typeof step.runAsync>>;
    try {
      result = await step.runAsync(hooks.signal);
    } catch (error) {
      throw stopped(error);
    }
    if (!Number.isFinite(result.loss)) throw stop(DIVERGED);
    lossSum += result.loss;
    correct += result.correct;
    counted += result.counted;
    hooks.onStep?.(done + s + 1, total);
    await yieldToEventLoop();
  }
  return { lossSum, correct, counted };
}

/** The averaged weights as a style keeps them (the prior table included) and their held-out accuracy. */
async function scoreEpochAsync(
  step: TrainingStep,
  settings: TrainSettings,
  palette: Palette,
  data: TrainingData,
  hooks: TrainHooks,
  onFirstPrediction: (indices: Int32Array) => void,
): Promise<{ weights: NamedWeight[]; testAccuracy: number }> {
  const weights = await untilAborted(readWeightsAsync(step.averaged), hooks.signal);
  if (data.prior) weights.push({ name: PRIOR_WEIGHT, shape: [256, data.k], data: data.prior });
  // As colorize predicts (the edge step's lookup too), so the held-out score and before/after show what colorize will do.
  const predictor = { config: settings.config, palette, weights: step.averaged, prior: data.prior, lookup: data.lookup };
  const testAccuracy = await untilAborted(heldOutAccuracyAsync(predictor, data.test, onFirstPrediction), hooks.signal);
  return { weights, testAccuracy };
}

/** The config with a hint-taking fcn's measured hint settings filled in (sameGrayTrust, hintHues), unless given. */
function withMeasuredHintSettings(settings: TrainSettings, data: TrainingData, palette: Palette): ModelConfig {
  const { config, seed } = settings;
  if (config.preset !== 'fcn' || !config.hints || !data.prior) return config;
  if (config.sameGrayTrust !== undefined && config.hintHues !== undefined) return config;
  const measured = measureHintSettings(data.train, data.prior, palette, createRandom(seed + 303), !!config.hintReach);
  const hintHues = config.hintHues ?? measured.hintHues;
  return { ...config, sameGrayTrust: config.sameGrayTrust ?? measured.sameGrayTrust, ...(hintHues ? { hintHues } : {}) };
}
