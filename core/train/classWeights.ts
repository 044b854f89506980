import type { Example } from '../dataset/Example';

/**
 * Class-rebalancing weights of Zhang, Isola & Efros, "Colorful Image
 * Colorization" (ECCV 2016): w ∝ ((1 − λ)·p + λ/K)⁻¹ with λ = 0.5, scaled so
 * the expected weight over the training pixels is 1. Rare colours (a small
 * red mouth on a big yellow face) then cost as much to get wrong as common
 * ones, instead of being painted over by the majority colour.
 */
export function classWeights(examples: readonly Example[], k: number, lambda = 0.5): Float32Array {
  const counts = new Float64Array(k);
  let total = 0;
  for (const { labels } of examples) {
    for (const l of labels.data) {
      if (l >= 0) {
        counts[l]++;
        total++;
      }
    }
  }
  const weights = new Float32Array(k);
  if (total === 0) return weights.fill(1);
  let expectation = 0;
  for (let i = 0; i < k; i++) {
    const p = counts[i] / total;
    weights[i] = 1 / ((1 - lambda) * p + lambda / k);
    expectation += p * weights[i];
  }
  for (let i = 0; i < k; i++) weights[i] /= expectation;
  return weights;
}
