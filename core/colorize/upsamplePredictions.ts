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
 * O(pixels) on the host, with no K-sized copy of the small predictions;
 * pixels that blend the same four neighbours share their test. Pixel
 * centres as in resampleBilinear.
 */
export function upsamplePredictions(low: LowPredictions, small: GrayImage, full: GrayImage, prior: Float32Array, k: number, lookup?: Int32Array): Int32Array {
  const sw = small.width;
  const sh = small.height;
  const { width: w, height: h } = full;
  const smallLevels = new Uint8Array(sw * sh);
  for (let i = 0; i < smallLevels.length; i++) smallLevels[i] = grayLevel(small.data[i]);
  const logP = low.logProbabilities;
  const { lo: x0, hi: x1, frac: fx } = bilinearTaps(sw, w);
  // Full-resolution columns [x, runEnd[x]) blend the same two small columns, so a run shares its four neighbours' test.
  const runEnd = new Int32Array(w);
  for (let x = w - 1; x >= 0; x--) runEnd[x] = x + 1 < w && x0[x + 1] === x0[x] ? runEnd[x + 1] : x + 1;
  const out = new Int32Array(w * h);
  const candidates = new Int32Array(5);
  const labels = low.indices;
  const gray = full.data;
  const { lo: y0, hi: y1, frac: fys } = bilinearTaps(sh, h);
  for (let y = 0; y < h; y++) {
    const r0 = y0[y] * sw;
    const r1 = y1[y] * sw;
    const fy = fys[y];
    for (let x = 0; x < w; ) {
      const end = runEnd[x];
      const t0 = r0 + x0[x];
      const t1 = r0 + x1[x];
      const t2 = r1 + x0[x];
      const t3 = r1 + x1[x];
      const a = labels[t0];
      const l0 = smallLevels[t0];
      const l1 = smallLevels[t1];
      const l2 = smallLevels[t2];
      const l3 = smallLevels[t3];
      // A pixel within SAME_LEVELS of all four neighbours' grays, when they agree, takes their decision.
      const agree = a === labels[t1] && a === labels[t2] && a === labels[t3];
      const from = agree ? Math.max(l0, l1, l2, l3) - SAME_LEVELS : 256;
      const to = Math.min(l0, l1, l2, l3) + SAME_LEVELS;
      for (let i = y * w + x; x < end; x++, i++) {
        const v = gray[i] * 255;
        // grayLevel, without the call.
        const level = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
        if (level >= from && level <= to) {
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
          // The network's context term at each neighbour: its log-probability less the log-prior of its gray (as float32).
          const logit =
            w0 * Math.fround(logP[t0 * k + c] - prior[l0 * k + c]) +
            w1 * Math.fround(logP[t1 * k + c] - prior[l1 * k + c]) +
            w2 * Math.fround(logP[t2 * k + c] - prior[l2 * k + c]) +
            w3 * Math.fround(logP[t3 * k + c] - prior[l3 * k + c]) +
            prior[p + c];
          if (logit > bestLogit) {
            bestLogit = logit;
            best = c;
          }
        }
        out[i] = best;
      }
    }
  }
  return out;
}
