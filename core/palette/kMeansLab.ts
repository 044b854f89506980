import type { KMeansResult } from './paletteTypes';
import { hartiganPass } from './hartiganPass';
import { kMeansPlusPlus } from './kMeansPlusPlus';

const MAX_REFINEMENTS = 20;

/**
 * Weighted k-means (Lloyd, "Least squares quantization in PCM", 1957/1982)
 * over points in CIELAB, seeded by weighted greedy k-means++.
 *
 * Why Lab: Euclidean distance there approximates perceived colour
 * difference, so clusters split the colours a designer tells apart, and the
 * centroid (the weighted mean) is the exact minimiser of the objective.
 *
 * Speed: the assignment step skips centre j whenever d(c_best, c_j) ≥
 * 2·d(x, c_best) — by the triangle inequality c_j cannot be closer (the
 * "compare-means" test of Phillips, 2002) — and starts from the previous
 * assignment, so late iterations cost little more than one distance a point.
 * An emptied cluster is re-seeded at the point worst served by its centre.
 * Once Lloyd converges, Hartigan passes (see hartiganPass) move points whose
 * transfer lowers the objective, and Lloyd resumes, until neither changes.
 *
 * @param points n × 3 Lab values; weights n positive weights; 1 ≤ k ≤ n.
 */
export function kMeansLab(points: Float32Array, weights: Float64Array, k: number, random: () => number, maxIterations = 50): KMeansResult {
  const n = weights.length;
  if (points.length !== n * 3) throw new RangeError(`kMeansLab: ${points.length} floats for ${n} points.`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new RangeError(`kMeansLab: k = ${k} needs 1 ≤ k ≤ ${n}.`);

  const seeds = kMeansPlusPlus(points, weights, k, random);
  const centres = new Float64Array(k * 3);
  for (let c = 0; c < k; c++) for (let j = 0; j < 3; j++) centres[c * 3 + j] = points[seeds[c] * 3 + j];

  const assignment = new Int32Array(n);
  const distance = new Float64Array(n);
  const between = new Float64Array(k * k);
  const sums = new Float64Array(k * 3);
  const clusterWeights = new Float64Array(k);
  let iterations = 0;

  const assign = (first: boolean): number => {
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        const dl = centres[a * 3] - centres[b * 3];
        const da = centres[a * 3 + 1] - centres[b * 3 + 1];
        const db = centres[a * 3 + 2] - centres[b * 3 + 2];
        between[a * k + b] = between[b * k + a] = dl * dl + da * da + db * db;
      }
    }
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const L = points[i * 3];
      const A = points[i * 3 + 1];
      const B = points[i * 3 + 2];
      const previous = first ? 0 : assignment[i];
      let best = previous;
      let dl = L - centres[best * 3];
      let da = A - centres[best * 3 + 1];
      let db = B - centres[best * 3 + 2];
      let bestD = dl * dl + da * da + db * db;
      for (let c = 0; c < k; c++) {
        if (c === best || between[best * k + c] >= 4 * bestD) continue;
        dl = L - centres[c * 3];
        da = A - centres[c * 3 + 1];
        db = B - centres[c * 3 + 2];
        const d = dl * dl + da * da + db * db;
        if (d < bestD || (d === bestD && c < best)) {
          bestD = d;
          best = c;
        }
      }
      if (first || best !== previous) changed++;
      assignment[i] = best;
      distance[i] = bestD;
    }
    return changed;
  };

  const update = (): void => {
    sums.fill(0);
    clusterWeights.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assignment[i];
      const w = weights[i];
      sums[c * 3] += w * points[i * 3];
      sums[c * 3 + 1] += w * points[i * 3 + 1];
      sums[c * 3 + 2] += w * points[i * 3 + 2];
      clusterWeights[c] += w;
    }
    for (let c = 0; c < k; c++) {
      if (clusterWeights[c] > 0) {
        for (let j = 0; j < 3; j++) centres[c * 3 + j] = sums[c * 3 + j] / clusterWeights[c];
        continue;
      }
      // Empty cluster: move it onto the point its centre serves worst (weighted),
      // and mark that point as served so a second empty cluster picks another.
      let worst = 0;
      let worstScore = -1;
      for (let i = 0; i < n; i++) {
        const score = weights[i] * distance[i];
        if (score > worstScore) {
          worstScore = score;
          worst = i;
        }
      }
      for (let j = 0; j < 3; j++) centres[c * 3 + j] = points[worst * 3 + j];
      distance[worst] = 0;
    }
  };

  assign(true);
  let refinements = 0;
  while (iterations < maxIterations) {
    update();
    iterations++;
    if (assign(false) > 0) continue;
    // Lloyd has converged: let Hartigan moves try to leave this local optimum,
    // then let Lloyd settle again (bounded, so a pathological input ends).
    if (refinements++ >= MAX_REFINEMENTS) break;
    if (hartiganPass(points, weights, k, assignment, centres, clusterWeights) === 0) break;
    if (assign(false) === 0) break;
  }

  clusterWeights.fill(0);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    clusterWeights[assignment[i]] += weights[i];
    inertia += weights[i] * distance[i];
  }
  return { centres, assignment, clusterWeights, inertia, iterations };
}
