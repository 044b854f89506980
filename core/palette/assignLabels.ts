import { rgbToLab } from '../colour/rgbToLab';
import { assertImage } from '../image/assertImage';
import { LABELLED_ALPHA } from '../image/limits';
import type { LabelMap, Palette, Rgba8Image } from '../types';
import { nearestPaletteIndex } from './nearestPaletteIndex';

/**
 * The training target of an image: for each pixel the index of its nearest
 * palette colour in Lab, or -1 where alpha < LABELLED_ALPHA (such pixels are neither
 * trained on nor scored).
 *
 * Fast on flat art: the answer is cached per distinct 24-bit colour (a Map,
 * plus the previous pixel's colour, since neighbours usually match), so Lab
 * conversion and the palette search run once per colour, not per pixel.
 */
export function assignLabels(img: Rgba8Image, palette: Palette): LabelMap {
  assertImage(img);
  if (palette.lab.length === 0) throw new RangeError('assignLabels: the palette is empty.');
  const n = img.width * img.height;
  const d = img.data;
  const out = new Int32Array(n);
  const cache = new Map<number, number>();
  const lab = new Float64Array(3);
  let lastKey = -1;
  let lastIndex = -1;
  for (let i = 0, s = 0; i < n; i++, s += 4) {
    if (d[s + 3] < LABELLED_ALPHA) {
      out[i] = -1;
      continue;
    }
    const key = (d[s] << 16) | (d[s + 1] << 8) | d[s + 2];
    if (key !== lastKey) {
      let index = cache.get(key);
      if (index === undefined) {
        rgbToLab(d[s], d[s + 1], d[s + 2], lab);
        index = nearestPaletteIndex(lab[0], lab[1], lab[2], palette);
        cache.set(key, index);
      }
      lastKey = key;
      lastIndex = index;
    }
    out[i] = lastIndex;
  }
  return { width: img.width, height: img.height, data: out };
}
