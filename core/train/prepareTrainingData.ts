import { prepareExample } from '../dataset/prepareExample';
import type { Example } from '../dataset/Example';
import { buildPrior } from '../inputs/buildPrior';
import type { ModelConfig, Palette } from '../types';
import { accuracyOf } from './accuracyOf';
import { buildLookup } from '../lookup/buildLookup';
import { predictWithLookup } from '../lookup/predictWithLookup';
import type { TrainingArt } from './splitTrainingArt';

/** The examples a run trains and scores on, and what it derives from the training ones alone. */
export interface TrainingData {
  /** Palette size. */
  readonly k: number;
  readonly train: readonly Example[];
  readonly test: readonly Example[];
  /** The gray→colour lookup baseline (see buildLookup) and its held-out accuracy. */
  readonly lookup: Int32Array;
  readonly lookupTestAccuracy: number;
  /** The context-free prior table, when the model has one (see buildPrior). */
  readonly prior?: Float32Array;
}

/** Labels every fitted image with the palette; the lookup and the prior come from the training images only. */
export function prepareTrainingData(art: TrainingArt, palette: Palette, config: ModelConfig): TrainingData {
  const k = palette.frequency.length;
  const examples = art.fitted.map((image) => prepareExample(image, palette));
  const train = art.split.train.map((i) => examples[i]);
  const test = art.explicitTest ? art.explicitTest.map((image) => prepareExample(image, palette)) : art.split.test.map((i) => examples[i]);
  const lookup = buildLookup(train, k);
  const lookupTestAccuracy = accuracyOf(test, (e) => predictWithLookup(lookup, e.gray.data));
  const prior = config.prior ? buildPrior(train, k) : undefined;
  return { k, train, test, lookup, lookupTestAccuracy, ...(prior ? { prior } : {}) };
}
