import { bilinearTaps } from '../image/bilinearTaps';
import { grayLevel } from '../inputs/grayLevel';
import type { GrayImage } from '../types';
import type { ShapeEvidence } from './ShapeEvidence';
import type { ShapeMap } from './ShapeMap';

/** (shape, gray level) pairs kept per small pixel before a pixel's evidence is added directly (rare: many shapes and levels in one small pixel). */
const SLOTS = 6;

/**
 * Pools, per shape, the model's evidence brought up from a smaller scale to
 * the full-resolution shape map, without computing K values per full pixel.
 * As in upsamplePredictions (joint bilateral upsampling, Kopf et al. 2007), a
 * full pixel's logits are the network's context term, interpolated
 * bilinearly from its four small neighbours, plus the context-free log-prior
 * of its own gray: the context term is the small pixel's log-probabilities
 * less the log-prior of the small pixel's gray. A shape's pooled evidence is
 * then a weighted sum over (small pixel, gray level) pairs, the weights being
 * the bilinear taps of the shape's full pixels; flat vector art has few such
 * pairs, so the work is O(full pixels) for the taps plus O(pairs × K).
 * Each pair's distribution is normalized (softmax, or log-softmax for
 * log-probability evidence) before it is weighted: for log-probabilities the
 * per-pixel normalization is the same for every colour, so the shape's
 * choice is that of pooling the upsampled pixels; for probabilities it is
 * the mixture of the neighbours' distributions at the pixel's own gray.
 */
export function poolUpsampledEvidence(
  evidence: ShapeEvidence,
  map: ShapeMap,
  full: GrayImage,
  small: GrayImage,
  logProbabilities: Float32Array,
  prior: Float32Array,
): void {
  const { k, sums, pixels, graySum, kind } = evidence;
  const { width: w, height: h } = full;
  const sw = small.width;
  const sh = small.height;
  const keys = new Int32Array(sw * sh * SLOTS).fill(-1);
  const weights = new Float32Array(sw * sh * SLOTS);
  const logits = new Float64Array(k);
  // The distribution of small pixel t at gray `level`, normalized, added to `shape`'s sums with `weight`.
  const addPair = (t: number, level: number, shape: number, weight: number): void => {
    const own = grayLevel(small.data[t]) * k;
    const p = level * k;
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      logits[c] = logProbabilities[t * k + c] - prior[own + c] + prior[p + c];
      if (logits[c] > max) max = logits[c];
    }
    let total = 0;
    for (let c = 0; c < k; c++) total += Math.exp(logits[c] - max);
    const o = shape * k;
    if (kind === 'log-probability') {
      const norm = max + Math.log(total);
      for (let c = 0; c < k; c++) sums[o + c] += weight * (logits[c] - norm);
    } else {
      for (let c = 0; c < k; c++) sums[o + c] += (weight * Math.exp(logits[c] - max)) / total;
    }
  };
  const tap = (t: number, key: number, level: number, shape: number, weight: number): void => {
    if (weight === 0) return;
    const base = t * SLOTS;
    for (let j = 0; j < SLOTS; j++) {
      const slot = keys[base + j];
      if (slot === key) {
        weights[base + j] += weight;
        return;
      }
      if (slot < 0) {
        keys[base + j] = key;
        weights[base + j] = weight;
        return;
      }
    }
    addPair(t, level, shape, weight);
  };
  const { lo: x0, hi: x1, frac: fx } = bilinearTaps(sw, w);
  const { ids } = map;
  const { lo: y0, hi: y1, frac: fys } = bilinearTaps(sh, h);
  for (let y = 0; y < h; y++) {
    const r0 = y0[y] * sw;
    const r1 = y1[y] * sw;
    const fy = fys[y];
    for (let x = 0, i = y * w; x < w; x++, i++) {
      const shape = ids[i];
      if (shape < 0) continue;
      const level = grayLevel(full.data[i]);
      pixels[shape]++;
      graySum[shape] += full.data[i] * 255;
      const key = shape * 256 + level;
      const ax = fx[x];
      tap(r0 + x0[x], key, level, shape, (1 - ax) * (1 - fy));
      tap(r0 + x1[x], key, level, shape, ax * (1 - fy));
      tap(r1 + x0[x], key, level, shape, (1 - ax) * fy);
      tap(r1 + x1[x], key, level, shape, ax * fy);
    }
  }
  for (let t = 0; t < sw * sh; t++) {
    for (let j = t * SLOTS; j < (t + 1) * SLOTS && keys[j] >= 0; j++) addPair(t, keys[j] & 255, keys[j] >> 8, weights[j]);
  }
}
