import { fitForModel } from '../dataset/prepareExample';
import { splitIndices } from '../dataset/splitIndices';
import { assertImage } from '../image';
import type { Rgba8Image } from '../types';
import type { TrainSettings } from './resolveTrainSettings';

/** The art at the scale the model learns from, and which of it trains and which is held out. */
export interface TrainingArt {
  /** Every image of the caller's list, fitted for the model (see fitForModel). */
  readonly fitted: readonly Rgba8Image[];
  /** Indices into `fitted` (and the caller's list). */
  readonly split: { readonly train: readonly number[]; readonly test: readonly number[] };
  /** The caller's explicit held-out images, fitted; then every image of the list trains. */
  readonly explicitTest?: readonly Rgba8Image[];
  /** The training images, fitted: what the measured run's lookup and prior come from (and the palette when held-out art stays unseen). */
  readonly trainImages: readonly Rgba8Image[];
}

/**
 * Fit the art for the model and split it: a seeded image-level split
 * (splitIndices), or every image trains when `testImages` are given.
 */
export function splitTrainingArt(images: readonly Rgba8Image[], settings: TrainSettings, testImages?: readonly Rgba8Image[]): TrainingArt {
  const fit = (image: Rgba8Image): Rgba8Image => fitForModel(image, settings.config, settings.maxSide, settings.padToSquare);
  for (const [i, image] of (testImages ?? []).entries()) assertImage(image, `Test image ${i + 1}`);
  const explicitTest = testImages?.map(fit);
  const fitted = images.map(fit);
  const split = explicitTest ? { train: fitted.map((_, i) => i), test: [] as number[] } : splitIndices(fitted.length, settings.testFraction, settings.seed);
  return { fitted, split, ...(explicitTest ? { explicitTest } : {}), trainImages: split.train.map((i) => fitted[i]) };
}
