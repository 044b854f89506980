import type { GrayImage, LabelMap } from '../types';

/** One image ready for training: its gray input and its palette labels, same size. */
export interface Example {
  readonly gray: GrayImage;
  readonly labels: LabelMap;
  /** The art's alpha (0–255) per pixel, when some pixel is not opaque (see alphaOf): what the held-out score's edge step reads (unmixEdges). */
  readonly alpha?: Uint8Array;
}
