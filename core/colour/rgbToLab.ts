import type { ColorTriple } from './ColorTriple';
import { rgbToXyz } from './rgbToXyz';
import { xyzToLab } from './xyzToLab';

/**
 * sRGB (0–255) → CIELAB (D65) for one colour. For whole images use
 * rgbBytesToLab, which avoids the per-call overhead.
 */
export function rgbToLab(r: number, g: number, b: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  rgbToXyz(r, g, b, out, offset);
  return xyzToLab(out[offset], out[offset + 1], out[offset + 2], out, offset);
}
