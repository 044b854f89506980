import { D65_X, D65_Y, D65_Z, LAB_EPSILON, LAB_KAPPA, M_RGB_TO_XYZ as M } from './constants';
import { srgb8ToLinearTable } from './srgb8ToLinearTable';

/**
 * Many sRGB colours → CIELAB at once: `bytes` holds pixels of `stride` bytes
 * (4 for RGBA image data, 3 for packed RGB such as Palette.rgb), and three
 * floats per pixel are written to `out`. Alpha is ignored: Hueprint keeps
 * alpha apart from colour.
 *
 * Fast path: 8-bit decoding through a 256-entry table, the matrix and the Lab
 * companding inlined, no allocation per pixel.
 */
export function rgbBytesToLab(
  bytes: Uint8Array | Uint8ClampedArray,
  stride: 3 | 4 = 4,
  out: Float32Array = new Float32Array((bytes.length / stride) * 3),
): Float32Array {
  if (bytes.length % stride !== 0) {
    throw new RangeError(`rgbBytesToLab: ${bytes.length} bytes is not a whole number of ${stride}-byte pixels.`);
  }
  const n = bytes.length / stride;
  if (out.length < n * 3) {
    throw new RangeError(`rgbBytesToLab: the output holds ${out.length} floats but ${n} pixels need ${n * 3}.`);
  }
  const lin = srgb8ToLinearTable();
  for (let i = 0, s = 0, o = 0; i < n; i++, s += stride, o += 3) {
    const r = lin[bytes[s]];
    const g = lin[bytes[s + 1]];
    const b = lin[bytes[s + 2]];
    const x = (M[0] * r + M[1] * g + M[2] * b) / D65_X;
    const y = (M[3] * r + M[4] * g + M[5] * b) / D65_Y;
    const z = (M[6] * r + M[7] * g + M[8] * b) / D65_Z;
    const fx = x > LAB_EPSILON ? Math.cbrt(x) : (LAB_KAPPA * x + 16) / 116;
    const fy = y > LAB_EPSILON ? Math.cbrt(y) : (LAB_KAPPA * y + 16) / 116;
    const fz = z > LAB_EPSILON ? Math.cbrt(z) : (LAB_KAPPA * z + 16) / 116;
    out[o] = 116 * fy - 16;
    out[o + 1] = 500 * (fx - fy);
    out[o + 2] = 200 * (fy - fz);
  }
  return out;
}
