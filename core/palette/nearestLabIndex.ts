/**
 * Index of the colour in `lab` (L, a, b triples) nearest to (L, a, b) in
 * Euclidean CIELAB (ΔE76): the distance k-means minimises, so a colour the
 * palette was built from maps to the cluster it belongs to. Ties go to the
 * lower (more frequent) index.
 */
export function nearestLabIndex(L: number, a: number, b: number, lab: ArrayLike<number>): number {
  const k = Math.floor(lab.length / 3);
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < k; c++) {
    const dl = L - lab[c * 3];
    const da = a - lab[c * 3 + 1];
    const db = b - lab[c * 3 + 2];
    const d = dl * dl + da * da + db * db;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
