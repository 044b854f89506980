import type { ColorTriple } from './ColorTriple';
import { labToXyz } from './labToXyz';
import { xyzToRgb } from './xyzToRgb';

/**
 * CIELAB (D65) → sRGB on the 0–255 scale, fractional and unclamped (see
 * xyzToRgb). Use labToRgbBytes for clamped bytes.
 */
export function labToRgb(L: number, a: number, b: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  labToXyz(L, a, b, out, offset);
  return xyzToRgb(out[offset], out[offset + 1], out[offset + 2], out, offset);
}
