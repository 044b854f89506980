import { grayLevel } from '../inputs/grayLevel';
import type { Example } from '../dataset/Example';

/**
 * The context-free baseline: each gray level 0–255 → the palette index most
 * frequent at that level in the training images. No colorizer that sees one
 * pixel's gray alone can beat it on the training distribution, so the model
 * must beat it to have learnt anything from context. Levels never seen take
 * the answer of the nearest seen level.
 */
export function buildLookup(examples: readonly Example[], k: number): Int32Array {
  const counts = new Float64Array(256 * k);
  for (const { gray, labels } of examples) {
    const g = gray.data;
    const l = labels.data;
    for (let i = 0; i < l.length; i++) {
      if (l[i] >= 0) counts[grayLevel(g[i]) * k + l[i]]++;
    }
  }
  const lookup = new Int32Array(256).fill(-1);
  for (let level = 0; level < 256; level++) {
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < k; c++) {
      const n = counts[level * k + c];
      if (n > bestCount) {
        bestCount = n;
        best = c;
      }
    }
    lookup[level] = best;
  }
  // Fill unseen levels from the nearest seen one, searching both ways.
  const seen = Array.from(lookup.keys()).filter((level) => lookup[level] >= 0);
  if (seen.length === 0) return lookup.fill(0);
  for (let level = 0; level < 256; level++) {
    if (lookup[level] >= 0) continue;
    let nearest = seen[0];
    for (const s of seen) if (Math.abs(s - level) < Math.abs(nearest - level)) nearest = s;
    lookup[level] = lookup[nearest];
  }
  return lookup;
}
