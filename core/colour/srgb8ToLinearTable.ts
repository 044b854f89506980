import { srgbToLinear } from './srgbToLinear';

/**
 * The 256 possible 8-bit sRGB values decoded to linear light, computed once:
 * `Math.pow` per channel per pixel is the slowest part of RGB → Lab, and a
 * byte only has 256 values.
 */
export function srgb8ToLinearTable(): Float64Array {
  return TABLE;
}

const TABLE = new Float64Array(256);
for (let i = 0; i < 256; i++) TABLE[i] = srgbToLinear(i / 255);
