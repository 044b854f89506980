import type { ColorTriple } from './ColorTriple';
import { D65_X, D65_Y, D65_Z, LAB_EPSILON, LAB_KAPPA } from './constants';

/** CIELAB → CIE XYZ (D65, Y in [0, 1]); the exact inverse of xyzToLab (CIE 15:2004). */
export function labToXyz(L: number, a: number, b: number, out: ColorTriple = new Float64Array(3), offset = 0): ColorTriple {
  const fy = (L + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const fx3 = fx * fx * fx;
  const fz3 = fz * fz * fz;
  const xr = fx3 > LAB_EPSILON ? fx3 : (116 * fx - 16) / LAB_KAPPA;
  const yr = L > LAB_KAPPA * LAB_EPSILON ? fy * fy * fy : L / LAB_KAPPA;
  const zr = fz3 > LAB_EPSILON ? fz3 : (116 * fz - 16) / LAB_KAPPA;
  out[offset] = xr * D65_X;
  out[offset + 1] = yr * D65_Y;
  out[offset + 2] = zr * D65_Z;
  return out;
}
