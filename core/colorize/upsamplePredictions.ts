import { bilinearTaps } from '../image/bilinearTaps';
import { grayLevel } from '../inputs/grayLevel';
import type { GrayImage } from '../types';

/** Gray levels (of 255) within which a full-resolution pixel counts as showing what its low-resolution neighbours show. */
const SAME_LEVELS = 3;

/** Low-resolution predictions to bring up: decided indices and log-probabilities (K per pixel). */
export interface LowPredictions {
  readonly indices: Int32Array;
  readonly logProbabilities: Float32Array;
}

/**
 * Brings predictions made at a smaller scale to full resolution, guided by
 * the full-resolution gray, in the spirit of joint bilateral upsampling
 * (Kopf, Cohen, Lischinski and Uyttendaele 2007): the model's logits are the
 * network's context term plus the context-free log-prior of the pixel's own
 * gray (see forward), so the context term, which varies smoothly, is
 * interpolated bilinearly from the four nearest small pixels and the
 * log-prior is added at full resolution, where it carries every edge and
 * antialiased ramp of the gray. A pixel whose four neighbours agree and
 * whose gray is theirs takes their decision at once (most pixels of flat
 * art). Elsewhere the candidates are the four neighbours' decisions and
 * the context-free `lookup` colour of the pixel's own gray, and the one of
 * the largest logit wins, so the work per pixel does not grow with K.
 * O(pixels) on the host. Pixel centres as in resampleBilinear.
 */
export function upsamplePredictions(low: LowPredictions, small: GrayImage, full: GrayImage, prior: Float32Array, k: number, lookup?: Int32Array): Int32Array {
  const sw = small.width;
  const sh = small.height;
  const { width: w, height: h } = full;
  const smallLevels = new Uint8Array(sw * sh);
  for (let i = 0; i < smallLevels.length; i++) smallLevels[i] = grayLevel(small.data[i]);
  // The network's context term at each small pixel: its log-probabilities less the log-prior of its gray.
  const context = new Float32Array(sw * sh * k);
  for (let i = 0; i < smallLevels.length; i++) {
    const p = smallLevels[i] * k;
    for (let c = 0; c < k; c++) context[i * k + c] = low.logProbabilities[i * k + c] - prior[p + c];
  }
  const { lo: x0, hi: x1, frac: fx } = bilinearTaps(sw, w);
  const out = new Int32Array(w * h);
  const candidates = new Int32Array(5);
  const labels = low.indices;
  const { lo: y0, hi: y1, frac: fys } = bilinearTaps(sh, h);
  for (let y = 0; y < h; y++) {
    const r0 = y0[y] * sw;
    const r1 = y1[y] * sw;
    const fy = fys[y];
    for (let x = 0, i = y * w; x < w; x++, i++) {
      const level = grayLevel(full.data[i]);
      const t0 = r0 + x0[x];
      const t1 = r0 + x1[x];
      const t2 = r1 + x0[x];
      const t3 = r1 + x1[x];
      const a = labels[t0];
      if (
        a === labels[t1] &&
        a === labels[t2] &&
        a === labels[t3] &&
        Math.abs(level - smallLevels[t0]) <= SAME_LEVELS &&
        Math.abs(level - smallLevels[t1]) <= SAME_LEVELS &&
        Math.abs(level - smallLevels[t2]) <= SAME_LEVELS &&
        Math.abs(level - smallLevels[t3]) <= SAME_LEVELS
      ) {
        out[i] = a;
        continue;
      }
      const ax = fx[x];
      const w0 = (1 - ax) * (1 - fy);
      const w1 = ax * (1 - fy);
      const w2 = (1 - ax) * fy;
      const w3 = ax * fy;
      const p = level * k;
      // Candidates: the four neighbours' decisions and the lookup's colour for this gray (detail too fine for the small scale).
      candidates[0] = a;
      candidates[1] = labels[t1];
      candidates[2] = labels[t2];
      candidates[3] = labels[t3];
      candidates[4] = lookup ? lookup[level] : a;
      let best = a;
      let bestLogit = -Infinity;
      for (let n = 0; n < 5; n++) {
        const c = candidates[n];
        const v = w0 * context[t0 * k + c] + w1 * context[t1 * k + c] + w2 * context[t2 * k + c] + w3 * context[t3 * k + c] + prior[p + c];
        if (v > bestLogit) {
          bestLogit = v;
          best = c;
        }
      }
      out[i] = best;
    }
  }
  return out;
}
