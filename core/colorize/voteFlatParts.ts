import { floodFromSeeds } from '../hints/floodFromSeeds';
import { REGION_INTERIOR } from '../hints/flatPart';
import { forEachFlatPart } from './forEachFlatPart';

/** Least share of its flat part a region of one decided colour holds to keep its colour against the part's majority. */
export const REGION_SHARE = 0.2;

/**
 * One flat part, one colour, unless it is two. Flat art fills each part
 * with a single colour, so the pixels of a connected region of one gray are
 * one colour, and a network deciding pixel by pixel from a small window,
 * where it hesitates between two colours, speckles the part with both (a
 * stem orange and blue, a cherry's body two browns). Each flat part (see
 * forEachFlatPart) takes the colour most of its pixels were decided; the
 * hard, flat-art case of Levin, Lischinski and Weiss's premise (Colorization
 * using Optimization, SIGGRAPH 2004) that neighbours of like intensity have
 * like colours. Pixels `fixed` holds (≥ 0: a hint's paint bucket, decided
 * by the designer) neither vote nor change, nor does the canvas (gray ≥
 * CANVAS_LEVEL). Shading and antialiased edges are runs of several grays
 * and stay per pixel (see unmixEdges). Measured (the eval's styles,
 * training seed 1, mean share of the gap over hint seeds 1–5 at
 * 0/1/2/5/10/20 hints): toonhead-cast 78.1/80.9/83.1/82.3/84.4/87.3% →
 * 81.8/84.0/85.2/84.3/85.0/87.6%, Noto 15.0/45.4/56.4/73.3/86.9/91.4% →
 * 15.9/44.4/56.1/73.7/87.5/91.9%.
 *
 * But two parts of different colours and one gray that touch are one flat
 * part (a grape and its stem), and a gradient's bands each hold two colours
 * the network told apart; one colour for each painted Noto 004's top-left
 * grape wholly the stem's gray and each of the chestnut's bands one brown.
 * So a region of one decided colour within the part that is large and
 * compact, at least REGION_INTERIOR interior pixels and REGION_SHARE of the
 * part, keeps its colour: the majority colour's pixels and those regions
 * stay, and every other pixel (speckle) takes the colour of the nearest of
 * them within the part. Smaller or thinner regions are the network's
 * hesitation or its window reaching across an edge (a strip of the cast's
 * red jacket decided as the brown undershirt beside it, 40 pixels with 8
 * inside) and follow the majority as before. Measured (training seed 1,
 * mean over hint seeds 1–3 at 0/1/2/5/10/20 hints): Noto
 * 15.87/42.76/57.30/77.97/87.29/92.73% → 15.87/42.76/57.30/78.12/87.29/92.73%,
 * toonhead-cast the same to the hundredth (hint seeds 4–5: one change, Noto
 * seed 5 at 2 hints 52.33 → 52.72%). On the designer trial's Noto style
 * over all 42 Noto images made gray, flat parts' pixels within ΔE76 12 of
 * the original went 68.23 → 68.60% (the grape 2 → 289 of 741, the chestnut
 * 56.4 → 61.6%), no part worse. Regions of 4 interior pixels and any share
 * cost the cast 1.7 points at 0 hints; 16 interior pixels, or 20% with no
 * least size, cost Noto 0.05–0.1 at 1 hint. Sets `decided` in place; typed
 * arrays, one pass over the pixels and one more over the parts that may
 * hold a region to keep.
 */
export function voteFlatParts(decided: Int32Array, gray: Float32Array, width: number, k: number, fixed?: Int32Array): void {
  const n = decided.length;
  const votes = new Int32Array(k);
  // Within one part at a time: each pixel's region of one decision (its first pixel), -1 not yet in one, and n
  // (claimed) outside the part so that the floods stay inside it; then the kept pixels, flooded over the rest.
  const region = new Int32Array(n).fill(n);
  const regionQueue = new Int32Array(n);
  const keep = new Uint8Array(n);
  forEachFlatPart(gray, width, fixed, (pixels, size) => {
    let best = -1;
    let most = 0;
    let counted = 0;
    for (let q = 0; q < size; q++) {
      const c = decided[pixels[q]];
      if (c < 0) continue;
      counted++;
      const v = ++votes[c];
      if (v > most) {
        most = v;
        best = c;
      }
    }
    for (let q = 0; q < size; q++) {
      const c = decided[pixels[q]];
      if (c >= 0) votes[c] = 0;
    }
    if (best < 0) return;
    // Too few pixels outside the majority for a region to keep: the whole part is the majority's.
    const room = counted - most >= Math.max(REGION_INTERIOR, REGION_SHARE * size);
    if (!room || !keepRegions(decided, width, best, pixels, size, region, regionQueue, keep)) {
      for (let q = 0; q < size; q++) decided[pixels[q]] = best;
    }
  });
}

/**
 * The flat part `pixels[0, size)` (`region` n there) in regions of one decision: those of another colour than
 * `best` with REGION_INTERIOR interior pixels and REGION_SHARE of the part keep their colour, and so do the pixels of
 * `best`; every other pixel takes the colour of the nearest of those (4-connected, within the part). Whether any
 * region was kept (else nothing changed). Leaves `region` n and `keep` 0 at the part's pixels.
 */
function keepRegions(
  decided: Int32Array,
  width: number,
  best: number,
  pixels: Int32Array,
  size: number,
  region: Int32Array,
  regionQueue: Int32Array,
  keep: Uint8Array,
): boolean {
  const n = decided.length;
  let kept = false;
  for (let q = 0; q < size; q++) region[pixels[q]] = -1;
  for (let q = 0; q < size; q++) {
    const r = pixels[q];
    if (region[r] >= 0) continue;
    region[r] = r;
    regionQueue[0] = r;
    const m = floodFromSeeds(width, decided, decided, 0, region, regionQueue, 1);
    if (decided[r] < 0 || decided[r] === best || m < REGION_INTERIOR || m < REGION_SHARE * size) continue;
    let interior = 0;
    for (let p = 0; p < m; p++) {
      const i = regionQueue[p];
      const x = i % width;
      if (
        x > 0 &&
        x < width - 1 &&
        i >= width &&
        i + width < n &&
        region[i - 1] === r &&
        region[i + 1] === r &&
        region[i - width] === r &&
        region[i + width] === r
      )
        interior++;
    }
    if (interior < REGION_INTERIOR) continue;
    keep[r] = 1;
    kept = true;
  }
  if (kept) {
    // The majority colour's pixels and the kept regions' seed one flood over the rest of the part (any value: tolerance ∞).
    let seeds = 0;
    for (let q = 0; q < size; q++) {
      const i = pixels[q];
      if (decided[i] === best || keep[region[i]]) regionQueue[seeds++] = i;
    }
    for (let q = 0; q < size; q++) region[pixels[q]] = -1;
    for (let q = 0; q < seeds; q++) region[regionQueue[q]] = regionQueue[q];
    const m = floodFromSeeds(width, decided, decided, Infinity, region, regionQueue, seeds);
    for (let q = seeds; q < m; q++) decided[regionQueue[q]] = decided[region[regionQueue[q]]];
  }
  for (let q = 0; q < size; q++) {
    keep[pixels[q]] = 0;
    region[pixels[q]] = n;
  }
  return kept;
}
