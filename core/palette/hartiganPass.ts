/**
 * One pass of Hartigan's k-means refinement (Hartigan & Wong, "Algorithm AS
 * 136", 1979; analysed by Telgarsky & Vattani, "Hartigan's Method: k-means
 * Clustering without Voronoi", AISTATS 2010): a point moves from cluster A to
 * cluster B when that lowers the objective, counting how both centroids shift:
 *
 *   w·W_B/(W_B + w)·‖x − c_B‖²  <  w·W_A/(W_A − w)·‖x − c_A‖².
 *
 * Lloyd only moves a point to a strictly nearer centre, so it stalls in
 * partitions where a whole group sits in the wrong cluster; Hartigan's
 * fixed points are a subset of Lloyd's and escape many of them. Over
 * distinct colours a pass costs one k-way scan per colour.
 *
 * Updates `assignment`, `centres` and `clusterWeights` in place; returns the
 * number of points moved.
 */
export function hartiganPass(
  points: Float32Array,
  weights: Float64Array,
  k: number,
  assignment: Int32Array,
  centres: Float64Array,
  clusterWeights: Float64Array,
): number {
  const n = weights.length;
  let moved = 0;
  for (let i = 0; i < n; i++) {
    const a = assignment[i];
    const w = weights[i];
    const Wa = clusterWeights[a];
    if (Wa <= w) continue; // never empty a cluster
    const L = points[i * 3];
    const A = points[i * 3 + 1];
    const B = points[i * 3 + 2];
    const removal = ((w * Wa) / (Wa - w)) * dist2(L, A, B, centres, a);
    let best = -1;
    let bestCost = removal;
    for (let c = 0; c < k; c++) {
      if (c === a) continue;
      const Wc = clusterWeights[c];
      const cost = ((w * Wc) / (Wc + w)) * dist2(L, A, B, centres, c);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    if (best < 0 || removal - bestCost <= 1e-9 * removal) continue;
    // Move i from a to best, updating both weighted centroids exactly.
    const Wb = clusterWeights[best];
    for (let j = 0; j < 3; j++) {
      const x = points[i * 3 + j];
      centres[a * 3 + j] = (centres[a * 3 + j] * Wa - w * x) / (Wa - w);
      centres[best * 3 + j] = (centres[best * 3 + j] * Wb + w * x) / (Wb + w);
    }
    clusterWeights[a] = Wa - w;
    clusterWeights[best] = Wb + w;
    assignment[i] = best;
    moved++;
  }
  return moved;
}

function dist2(L: number, A: number, B: number, centres: Float64Array, c: number): number {
  const dl = L - centres[c * 3];
  const da = A - centres[c * 3 + 1];
  const db = B - centres[c * 3 + 2];
  return dl * dl + da * da + db * db;
}
