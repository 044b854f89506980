import { rgb24ToLab } from '../colour/rgb24ToLab';
import type { DistinctColors } from './paletteTypes';

/**
 * Merges distinct colours that share their top `bits` bits per channel into
 * one weighted point at their count-weighted mean Lab. Used only when art has
 * so many distinct colours (photos, heavy gradients) that k-means over all of
 * them would be slow; each bin keeps its exact weight and centroid, so
 * k-means over bins has the same centroids for the same assignment and
 * differs only in how colours near a cluster boundary are assigned.
 */
export function binColors(distinct: DistinctColors, bits = 5): { points: Float32Array; weights: Float64Array } {
  const drop = 8 - bits;
  const lab = rgb24ToLab(distinct.colors);
  const binOf = new Map<number, number>();
  const sums: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < distinct.colors.length; i++) {
    const c = distinct.colors[i];
    const key = ((((c >>> 16) & 255) >>> drop) << (2 * bits)) | ((((c >>> 8) & 255) >>> drop) << bits) | ((c & 255) >>> drop);
    let bin = binOf.get(key);
    if (bin === undefined) {
      bin = weights.length;
      binOf.set(key, bin);
      weights.push(0);
      sums.push(0, 0, 0);
    }
    const w = distinct.counts[i];
    weights[bin] += w;
    sums[bin * 3] += w * lab[i * 3];
    sums[bin * 3 + 1] += w * lab[i * 3 + 1];
    sums[bin * 3 + 2] += w * lab[i * 3 + 2];
  }
  const points = new Float32Array(sums.length);
  for (let b = 0; b < weights.length; b++) for (let j = 0; j < 3; j++) points[b * 3 + j] = sums[b * 3 + j] / weights[b];
  return { points, weights: Float64Array.from(weights) };
}
