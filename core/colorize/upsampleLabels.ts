import { bilinearTaps } from '../image/bilinearTaps';
import { grayLevel } from '../inputs/grayLevel';
import type { GrayImage } from '../types';

/**
 * Gray levels (of 255) over which a low-resolution neighbour's vote halves
 * when its gray differs from the full-resolution pixel's (the range kernel's
 * half-width): flat art's regions differ by more, antialiasing by less.
 */
const RANGE_LEVELS = 12;

/**
 * Gray levels (of 255) a full-resolution pixel may differ from every
 * low-resolution neighbour before it counts as detail the small prediction
 * could not see (a hairline, a highlight): it then takes the style's
 * context-free lookup colour for its own gray.
 */
const DETAIL_LEVELS = 40;

/**
 * Joint bilateral upsampling of a label map (Kopf, Cohen, Lischinski and
 * Uyttendaele 2007, "Joint Bilateral Upsampling"): each full-resolution
 * pixel takes the palette index that its four nearest low-resolution
 * predictions vote for, each vote weighted by its bilinear (spatial) weight
 * times how close its gray is to the pixel's own (range), so a colour edge
 * snaps to the full-resolution gray edge instead of the blocky low one.
 * Where all four agree and the gray fits, the pixel takes the label at
 * once (most pixels of flat art). A pixel whose gray fits none of them is
 * detail the low resolution lost, and takes `lookup` (256 gray levels → palette
 * index) of its own gray when given. Pixel centres are aligned as in
 * resampleBilinear. O(pixels), no per-pixel allocation.
 */
export function upsampleLabels(labels: Int32Array, small: GrayImage, full: GrayImage, lookup?: Int32Array): Int32Array {
  const sw = small.width;
  const sh = small.height;
  const { width: w, height: h } = full;
  if (labels.length !== sw * sh) throw new RangeError(`upsampleLabels: ${labels.length} labels for ${sw}×${sh} pixels.`);
  const { lo: x0, hi: x1, frac: fx } = bilinearTaps(sw, w);
  const range = new Float32Array(256);
  for (let d = 0; d < 256; d++) range[d] = 2 ** -((d / RANGE_LEVELS) ** 2);
  const smallLevels = new Uint8Array(sw * sh);
  for (let i = 0; i < smallLevels.length; i++) smallLevels[i] = grayLevel(small.data[i]);
  const out = new Int32Array(w * h);
  const g = full.data;
  const taps = new Int32Array(4);
  const weights = new Float32Array(4);
  const { lo: y0, hi: y1, frac: fys } = bilinearTaps(sh, h);
  for (let y = 0; y < h; y++) {
    const r0 = y0[y] * sw;
    const r1 = y1[y] * sw;
    const fy = fys[y];
    for (let x = 0, i = y * w; x < w; x++, i++) {
      const level = grayLevel(g[i]);
      taps[0] = r0 + x0[x];
      taps[1] = r0 + x1[x];
      taps[2] = r1 + x0[x];
      taps[3] = r1 + x1[x];
      let nearest = 255;
      for (let t = 0; t < 4; t++) nearest = Math.min(nearest, Math.abs(level - smallLevels[taps[t]]));
      if (lookup && nearest > DETAIL_LEVELS) {
        out[i] = lookup[level];
        continue;
      }
      const a = labels[taps[0]];
      if (a === labels[taps[1]] && a === labels[taps[2]] && a === labels[taps[3]]) {
        out[i] = a;
        continue;
      }
      const ax = fx[x];
      weights[0] = (1 - ax) * (1 - fy);
      weights[1] = ax * (1 - fy);
      weights[2] = (1 - ax) * fy;
      weights[3] = ax * fy;
      // At most four candidates: sum each label's votes and keep the heaviest.
      let best = a;
      let bestVote = -1;
      for (let t = 0; t < 4; t++) {
        const label = labels[taps[t]];
        let vote = 0;
        for (let u = 0; u < 4; u++) {
          if (labels[taps[u]] === label) vote += (weights[u] + 1e-3) * range[Math.abs(level - smallLevels[taps[u]])];
        }
        if (vote > bestVote) {
          bestVote = vote;
          best = label;
        }
      }
      out[i] = best;
    }
  }
  return out;
}
