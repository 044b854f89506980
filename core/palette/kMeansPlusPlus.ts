/**
 * Weighted greedy k-means++ seeding (Arthur & Vassilvitskii, "k-means++: The
 * Advantages of Careful Seeding", SODA 2007): each new centre is drawn with
 * probability ∝ weight · D², D the distance to the nearest chosen centre, so
 * seeds spread over the colours that matter and Lloyd starts O(log k) from
 * the optimum in expectation. Greedy variant as in scikit-learn: draw
 * 2 + ⌊ln k⌋ candidates per step and keep the one that lowers the potential
 * most, which removes most of the bad-seed variance for a small cost.
 *
 * Weights are pixel counts of distinct colours, so this is exactly k-means++
 * over the pixels themselves.
 *
 * @param points n × 3 Lab values; weights n positive weights; k ≤ n.
 * @returns the indices of the k chosen points.
 */
export function kMeansPlusPlus(points: Float32Array, weights: Float64Array, k: number, random: () => number): Int32Array {
  const n = weights.length;
  const chosen = new Int32Array(k);
  const nearest = new Float64Array(n); // D² to the nearest chosen centre
  const trials = 2 + Math.floor(Math.log(k));

  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += weights[i];
  chosen[0] = sample(weights, totalWeight, random());
  let potential = 0;
  for (let i = 0; i < n; i++) {
    nearest[i] = dist2(points, i, chosen[0]);
    potential += weights[i] * nearest[i];
  }

  const scores = new Float64Array(n);
  const candidateNearest = new Float64Array(n);
  const bestNearest = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    if (potential <= 0) {
      // Every point already coincides with a centre (duplicates in the input):
      // take the next unchosen points in order so centres stay distinct.
      chosen[c] = firstUnchosen(chosen, c, n);
      continue;
    }
    for (let i = 0; i < n; i++) scores[i] = weights[i] * nearest[i];
    let bestCandidate = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < trials; t++) {
      const candidate = sample(scores, potential, random());
      let p = 0;
      for (let i = 0; i < n; i++) {
        const d = Math.min(nearest[i], dist2(points, i, candidate));
        candidateNearest[i] = d;
        p += weights[i] * d;
      }
      if (p < bestPotential) {
        bestPotential = p;
        bestCandidate = candidate;
        bestNearest.set(candidateNearest);
      }
    }
    chosen[c] = bestCandidate;
    nearest.set(bestNearest);
    potential = bestPotential;
  }
  return chosen;
}

function dist2(points: Float32Array, i: number, j: number): number {
  const dl = points[i * 3] - points[j * 3];
  const da = points[i * 3 + 1] - points[j * 3 + 1];
  const db = points[i * 3 + 2] - points[j * 3 + 2];
  return dl * dl + da * da + db * db;
}

/** Index drawn with probability ∝ scores[i]; u uniform in [0, 1). */
function sample(scores: Float64Array, total: number, u: number): number {
  let target = u * total;
  let last = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] <= 0) continue;
    last = i;
    target -= scores[i];
    if (target < 0) return i;
  }
  return last; // floating-point leftovers land on the last positive entry
}

function firstUnchosen(chosen: Int32Array, count: number, n: number): number {
  for (let i = 0; i < n; i++) {
    let used = false;
    for (let c = 0; c < count; c++) if (chosen[c] === i) used = true;
    if (!used) return i;
  }
  return 0;
}
