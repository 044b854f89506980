/**
 * A hint index map (palette index per pixel, -1 for none) of a w × h image
 * brought down to sw × sh: each small pixel takes the hint most of the hint
 * pixels inside it carry, so even a mark smaller than a small pixel still
 * reaches the model. Visits only the hint pixels' votes; -1 elsewhere.
 */
export function downscaleHintIndex(index: Int32Array, w: number, h: number, sw: number, sh: number): Int32Array {
  if (index.length !== w * h) throw new RangeError(`downscaleHintIndex: ${index.length} hints for ${w}×${h} pixels.`);
  const out = new Int32Array(sw * sh).fill(-1);
  const votes = new Map<number, Map<number, number>>();
  for (let y = 0; y < h; y++) {
    const row = Math.min(sh - 1, Math.floor((y * sh) / h)) * sw;
    for (let x = 0; x < w; x++) {
      const c = index[y * w + x];
      if (c < 0) continue;
      const to = row + Math.min(sw - 1, Math.floor((x * sw) / w));
      let counts = votes.get(to);
      if (!counts) {
        counts = new Map();
        votes.set(to, counts);
      }
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  for (const [to, counts] of votes) {
    let best = -1;
    let most = 0;
    for (const [c, n] of counts) {
      if (n > most) {
        most = n;
        best = c;
      }
    }
    out[to] = best;
  }
  return out;
}
