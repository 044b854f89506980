import type { ColorTriple } from './ColorTriple';
import { D65_X, D65_Y, D65_Z, LAB_EPSILON, LAB_KAPPA } from './constants';

/**
 * CIE XYZ (D65, Y in [0, 1]) → CIELAB (CIE 15:2004). Hueprint clusters and
 * compares colours in Lab because Euclidean distance there roughly follows
 * perceived difference, unlike in sRGB.
 */
export function xyzToLab(x: number, y: number, z: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  const fx = labF(x / D65_X);
  const fy = labF(y / D65_Y);
  const fz = labF(z / D65_Z);
  out[offset] = 116 * fy - 16;
  out[offset + 1] = 500 * (fx - fy);
  out[offset + 2] = 200 * (fy - fz);
  return out;
}

function labF(t: number): number {
  return t > LAB_EPSILON ? Math.cbrt(t) : (LAB_KAPPA * t + 16) / 116;
}
