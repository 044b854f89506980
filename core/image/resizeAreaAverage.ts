import type { Rgba8Image } from '../types';
import { checkTargetSize } from './checkTargetSize';
import { premultiply } from './premultiply';
import { resampleArea } from './resampleArea';
import { unpremultiply } from './unpremultiply';

/**
 * Downscales an RGBA image by area averaging (each output pixel is the mean
 * of the source area it covers, fractional overlaps weighted), the classic
 * anti-aliased reduction (OpenCV INTER_AREA, Pillow's BOX). Colour is
 * averaged premultiplied by alpha, so a red shape on a transparent (0,0,0,0)
 * background keeps a red edge instead of a dark fringe. It also works for
 * upscaling, where it degenerates to near-nearest; use resizeBilinear there.
 */
export function resizeAreaAverage(img: Rgba8Image, width: number, height: number): Rgba8Image {
  checkTargetSize('resizeAreaAverage', width, height);
  if (width === img.width && height === img.height) return { width, height, data: new Uint8Array(img.data) };
  const out = resampleArea(premultiply(img), 4, img.width, img.height, width, height);
  return unpremultiply(out, width, height);
}
