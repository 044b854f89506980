import { MAX_IMAGE_SIDE } from '../core/protocol/limits';

/**
 * Frames are rendered at most at 1x. Training and colorizing must see art at
 * the same scale: the network's ~40 px of context means a different thing
 * at 4x (and costs 16 times the pixels), and an image fill already is 1x.
 */
export const MAX_UPSCALE = 1;

/**
 * The `SCALE` export constraint that makes the longest side of a
 * `width`×`height` node at most `maxSide` px (and never above Figma's 4096).
 * Rounded down to 1e-6 so Figma's rounding of the output size cannot push it
 * over the limit.
 */
export function chooseExportScale(width: number, height: number, maxSide: number): number {
  const longest = Math.max(width, height);
  if (!(longest > 0)) throw new RangeError(`Cannot export a layer of size ${width}×${height}`);
  const limit = Math.min(maxSide, MAX_IMAGE_SIDE);
  const scale = Math.min(limit / longest, MAX_UPSCALE);
  return Math.floor(scale * 1e6) / 1e6;
}
