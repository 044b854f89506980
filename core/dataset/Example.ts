import type { GrayImage, LabelMap } from '../types';

/** One image ready for training: its gray input and its palette labels, same size. */
export interface Example {
  readonly gray: GrayImage;
  readonly labels: LabelMap;
}
