import type { ColorTriple } from './ColorTriple';
import { M_XYZ_TO_RGB as M } from './constants';
import { linearToSrgb } from './linearToSrgb';

/**
 * CIE XYZ (D65, Y in [0, 1]) → sRGB components on the 0–255 scale, fractional
 * and unclamped: out-of-gamut colours come back below 0 or above 255 so the
 * caller can see it (palette building clamps; round trips stay exact).
 */
export function xyzToRgb(x: number, y: number, z: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  const lr = M[0] * x + M[1] * y + M[2] * z;
  const lg = M[3] * x + M[4] * y + M[5] * z;
  const lb = M[6] * x + M[7] * y + M[8] * z;
  out[offset] = 255 * linearToSrgb(lr);
  out[offset + 1] = 255 * linearToSrgb(lg);
  out[offset + 2] = 255 * linearToSrgb(lb);
  return out;
}
