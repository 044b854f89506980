import type { Example } from '../dataset/Example';
import { grayLevel } from './grayLevel';

/**
 * log P(palette colour | gray level) over the training pixels, as a 256 × K
 * table the model adds to its logits. With it the untrained network already
 * is the best context-free colorizer (the lookup baseline, softened), and
 * training spends its few hundred steps on what only context can tell:
 * which of two same-gray colours a pixel is. Without it, most of a short
 * run goes into relearning the gray→colour table pixel by pixel.
 *
 * A level's own counts decide; a faint copy of its neighbours' (a Gaussian
 * of σ = 2 levels, weighted 0.05) breaks ties and fills levels the training
 * art never had, since antialiasing and JPEG noise move pixels by a level or
 * two. Additive smoothing keeps unseen colours possible: 1e-3 of the level's
 * mass is shared evenly among the K colours.
 */
export function buildPrior(examples: readonly Example[], k: number, sigma = 2, spread = 0.05): Float32Array {
  const counts = new Float64Array(256 * k);
  for (const { gray, labels } of examples) {
    const g = gray.data;
    const l = labels.data;
    for (let i = 0; i < l.length; i++) if (l[i] >= 0) counts[grayLevel(g[i]) * k + l[i]]++;
  }
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const totals = new Float64Array(k);
  for (let level = 0; level < 256; level++) for (let c = 0; c < k; c++) totals[c] += counts[level * k + c];
  const overall = totals.reduce((a, b) => a + b, 0) || 1;
  const prior = new Float32Array(256 * k);
  const row = new Float64Array(k);
  for (let level = 0; level < 256; level++) {
    row.fill(0);
    for (let d = -radius; d <= radius; d++) {
      const src = level + d;
      if (src < 0 || src > 255) continue;
      const weight = d === 0 ? 1 : spread * kernel[d + radius];
      for (let c = 0; c < k; c++) row[c] += weight * counts[src * k + c];
    }
    let mass = row.reduce((a, b) => a + b, 0);
    if (mass < 1e-9) {
      // A level no training pixel came near falls back to the colours' overall frequencies.
      for (let c = 0; c < k; c++) row[c] = totals[c] / overall;
      mass = 1;
    }
    const floor = 1e-3 * mass;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += row[c] + floor / k;
    for (let c = 0; c < k; c++) prior[level * k + c] = Math.log((row[c] + floor / k) / sum);
  }
  return prior;
}

/** The prior table's name among a style's weights: fixed, not trained (see modelShapes). */
export const PRIOR_WEIGHT = 'prior/logProbability';
