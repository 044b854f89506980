import { deltaE2000 } from '../colour/deltaE2000';
import { rgbToLab } from '../colour/rgbToLab';
import type { Rgba8Image } from '../types';

/** Running sums of CIEDE2000 between a truth image and a colorized one: all scored pixels, and the foreground. */
export interface DeltaESums {
  pixels: number;
  deltaE: number;
  pixelsForeground: number;
  deltaEForeground: number;
}

export function createDeltaESums(): DeltaESums {
  return { pixels: 0, deltaE: 0, pixelsForeground: 0, deltaEForeground: 0 };
}

/**
 * Adds the CIEDE2000 between every pixel of `truth` and of `output` (any
 * colours, e.g. a rendered vector result or a shaded raster one), each
 * composited over white. Scored and foreground pixels as in addToScores:
 * truth opaque (alpha ≥ 128); foreground when not near white.
 */
export function addRenderedDeltaE(sums: DeltaESums, truth: Rgba8Image, output: Rgba8Image, cache = new Map<number, number>()): void {
  if (truth.width !== output.width || truth.height !== output.height)
    throw new RangeError(`Scoring a ${output.width}×${output.height} result against a ${truth.width}×${truth.height} truth.`);
  const t = truth.data;
  const o = output.data;
  const a = new Float64Array(3);
  const b = new Float64Array(3);
  const over = (d: Uint8Array | Uint8ClampedArray, p: number, c: number): number => Math.round((d[p + c] * d[p + 3] + 255 * (255 - d[p + 3])) / 255);
  for (let p = 0; p < t.length; p += 4) {
    if (t[p + 3] < 128) continue;
    const tr = over(t, p, 0),
      tg = over(t, p, 1),
      tb = over(t, p, 2);
    const or = over(o, p, 0),
      og = over(o, p, 1),
      ob = over(o, p, 2);
    const key = ((tr << 16) | (tg << 8) | tb) * 16777216 + ((or << 16) | (og << 8) | ob);
    let de = cache.get(key);
    if (de === undefined) {
      rgbToLab(tr, tg, tb, a);
      rgbToLab(or, og, ob, b);
      de = deltaE2000(a[0], a[1], a[2], b[0], b[1], b[2]);
      cache.set(key, de);
    }
    sums.pixels++;
    sums.deltaE += de;
    if (t[p] < 250 || t[p + 1] < 250 || t[p + 2] < 250) {
      sums.pixelsForeground++;
      sums.deltaEForeground += de;
    }
  }
}
