import type { GrayImage, LabelMap } from '../types';

/** One image ready for training: its gray input and its palette labels, same size. */
export interface Example {
  readonly gray: GrayImage;
  readonly labels: LabelMap;
}

/** The examples of a style, split at image level so no test pixel's image trains. */
export interface TrainingSet {
  readonly train: readonly Example[];
  readonly test: readonly Example[];
  /** Indices into the caller's image list, for reports. */
  readonly trainIndices: readonly number[];
  readonly testIndices: readonly number[];
}
