import type { ShapeEvidence } from './ShapeEvidence';

/** How a shape's pooled evidence becomes one palette colour. */
export type ShapePooling = 'log-probability' | 'expected-delta-e';

/**
 * One palette index per shape from its pooled evidence, or -1 for a shape
 * with no pixel. 'log-probability': the colour of greatest summed
 * log-probability, i.e. the likeliest if pixels were independent witnesses.
 * 'expected-delta-e': with `costs` (K × K CIEDE2000), the colour of least
 * summed expected error over the shape's pixels, i.e. the one colour that
 * minimises the whole shape's expected ΔE00 (minimum Bayes risk, as the
 * per-pixel decision does). `bonus` (count × K, optional) adds evidence in
 * log-probability units per pixel, e.g. from hints.
 */
export function chooseShapeColours(evidence: ShapeEvidence, pooling: ShapePooling, costs: Float32Array | undefined, bonus?: Float64Array): Int32Array {
  const { count, k, sums, pixels } = evidence;
  if ((pooling === 'log-probability') !== (evidence.kind === 'log-probability'))
    throw new Error(`Internal error: ${pooling} pooling needs ${pooling === 'log-probability' ? 'log-' : ''}probability evidence.`);
  const out = new Int32Array(count).fill(-1);
  const scores = new Float64Array(k);
  for (let s = 0; s < count; s++) {
    const n = pixels[s];
    if (n === 0) continue;
    const o = s * k;
    if (pooling === 'log-probability' || !costs) {
      for (let c = 0; c < k; c++) scores[c] = sums[o + c] + (bonus ? bonus[o + c] * n : 0);
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
      out[s] = best;
      continue;
    }
    // Bonus evidence reweights the pooled probabilities (exactly so when the shape's pixels agree).
    let total = 0;
    for (let j = 0; j < k; j++) {
      scores[j] = sums[o + j] * (bonus ? Math.exp(bonus[o + j]) : 1);
      total += scores[j];
    }
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < k; i++) {
      let cost = 0;
      for (let j = 0; j < k; j++) cost += costs[i * k + j] * scores[j];
      if (cost < bestCost - 1e-9 * total) {
        bestCost = cost;
        best = i;
      }
    }
    out[s] = best;
  }
  return out;
}
