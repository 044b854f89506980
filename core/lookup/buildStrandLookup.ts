import type { Example } from '../dataset/Example';
import { LABELLED_ALPHA, OPAQUE_ALPHA } from '../image/limits';
import { grayLevel } from '../inputs/grayLevel';

/**
 * Strand pixels a level's colour needs more than. Measured on the 12 held-out
 * toonhead-cast drawings (their fills known, ΔE2000 summed over the strands it
 * decides, none → 10): built from 8 training drawings it went from costing
 * 772 to saving 1933, from all 28 from saving 1180 to 1410; in the eval (seed 1,
 * hint seeds 1–3) +0.05…0.1 points of the gap at every hint count.
 */
const FEWEST = 10;

/**
 * The strand lookup: a partly transparent pixel's own gray (before it was
 * composited on white) → the palette index most frequent among the training
 * images' partly transparent pixels of that gray (alpha from LABELLED_ALPHA
 * to below OPAQUE_ALPHA; unmixEdges reads it for the same pixels only), -1 at levels where no colour had
 * more than FEWEST of them. Strands and outer contours are their stroke's
 * colour under partial coverage, mostly the art's outline colours, which the
 * plain lookup, built from every part of a gray, rarely gives. Undefined when
 * no level has a colour (opaque art: nothing to keep).
 */
export function buildStrandLookup(examples: readonly Example[], k: number): Int32Array | undefined {
  const counts = new Float64Array(256 * k);
  for (const { gray, labels, alpha } of examples) {
    if (!alpha) continue;
    const g = gray.data;
    const l = labels.data;
    for (let i = 0; i < l.length; i++) {
      const a = alpha[i];
      if (a >= OPAQUE_ALPHA || a < LABELLED_ALPHA || l[i] < 0) continue;
      // Composited as a · own + (1 − a) · white, so own = (gray − (1 − a)) / a.
      counts[grayLevel((g[i] - 1 + a / 255) / (a / 255)) * k + l[i]]++;
    }
  }
  const lookup = new Int32Array(256).fill(-1);
  let any = false;
  for (let level = 0; level < 256; level++) {
    let bestCount = FEWEST;
    for (let c = 0; c < k; c++) {
      const n = counts[level * k + c];
      if (n > bestCount) {
        bestCount = n;
        lookup[level] = c;
        any = true;
      }
    }
  }
  return any ? lookup : undefined;
}
