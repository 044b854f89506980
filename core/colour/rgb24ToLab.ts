import { rgbToLab } from './rgbToLab';

/**
 * Colours packed as 24-bit integers (0xRRGGBB, the keys Hueprint counts
 * distinct colours by) → CIELAB, three floats each. Flat art has a few hundred
 * distinct colours, so this runs per colour rather than per pixel.
 */
export function rgb24ToLab(colors: ArrayLike<number>, out: Float32Array = new Float32Array(colors.length * 3)): Float32Array {
  const tmp = new Float64Array(3);
  for (let i = 0; i < colors.length; i++) {
    const c = colors[i];
    rgbToLab((c >>> 16) & 255, (c >>> 8) & 255, c & 255, tmp);
    out[i * 3] = tmp[0];
    out[i * 3 + 1] = tmp[1];
    out[i * 3 + 2] = tmp[2];
  }
  return out;
}
