import { MAX_IMAGE_SIDE } from '../core/protocol/schemas';

/**
 * Vector art rasterises sharply at any scale, so small frames may be rendered
 * larger than 1x — but at most this much, so an 8 px icon does not become a
 * 4096 px image of flat colour that costs memory and teaches nothing new.
 */
export const MAX_UPSCALE = 4;

/**
 * The `SCALE` export constraint that makes the longest side of a
 * `width`×`height` node at most `maxSide` px (and never above Figma's 4096).
 * Rounded down to 1e-6 so Figma's rounding of the output size cannot push it
 * over the limit.
 */
export function chooseExportScale(width: number, height: number, maxSide: number): number {
  const longest = Math.max(width, height);
  if (!(longest > 0)) throw new RangeError(`Cannot export a node of size ${width}×${height}`);
  const limit = Math.min(maxSide, MAX_IMAGE_SIDE);
  const scale = Math.min(limit / longest, MAX_UPSCALE);
  return Math.floor(scale * 1e6) / 1e6;
}
