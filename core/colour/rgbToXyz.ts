import type { ColorTriple } from './ColorTriple';
import { M_RGB_TO_XYZ as M } from './constants';
import { srgbToLinear } from './srgbToLinear';

/**
 * sRGB (components 0–255, may be fractional) → CIE XYZ under D65 with Y in
 * [0, 1], through linear light and the IEC 61966-2-1 primaries matrix.
 */
export function rgbToXyz(r: number, g: number, b: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  const lr = srgbToLinear(r / 255);
  const lg = srgbToLinear(g / 255);
  const lb = srgbToLinear(b / 255);
  out[offset] = M[0] * lr + M[1] * lg + M[2] * lb;
  out[offset + 1] = M[3] * lr + M[4] * lg + M[5] * lb;
  out[offset + 2] = M[6] * lr + M[7] * lg + M[8] * lb;
  return out;
}
