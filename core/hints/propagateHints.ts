import { grayLevels } from '../inputs/grayLevels';
import { FLAT_PART_PIXELS } from './flatPart';
import { floodFlatPart } from './floodFlatPart';
import { flatWithin } from './flatWithin';
import { floodFromSeeds } from './floodFromSeeds';
import { CANVAS_LEVEL } from './simulateHints';
import { twinRegions } from './twinRegions';

/** Where each hint reaches by gray alone, before any learning (see propagateHints). */
export interface HintPropagation {
  /** [pixels]: the palette index of the hint whose same-gray connected region holds the pixel (the paint bucket), or -1. */
  readonly fill: Int32Array;
  /** [pixels]: `fill`, grown across shading (with `reach`; otherwise `fill` itself). */
  readonly reach: Int32Array;
  /** [pixels]: outside every reach, the palette index hints gave to this pixel's gray level elsewhere, or -1. */
  readonly global: Int32Array;
  /** [pixels]: the position of the hint pixel whose flood (fill, then reach) took the pixel, or -1. */
  readonly seed: Int32Array;
  /** The palette colours hinted, each once, in the order first hinted (see HintSources.hinted). */
  readonly hinted: Int32Array;
  /** Colorizing's twin regions (see twinRegions; in `fill`, `reach` and `seed` as if hinted there): pairs (the region's seed, the hint pixel it copies). */
  readonly twins?: Int32Array;
}

/**
 * Gray levels (of 255) within which two pixels count as "the same gray" of a
 * flat region: antialiasing and lossy export move a flat fill by a level or two.
 */
export const SAME_GRAY_LEVELS = 5;
/**
 * How a hint's reach grows beyond its flat region: pixels within REACH_LEVELS
 * of the hint's gray, each within REACH_STEP of the neighbour it is reached
 * from, so the reach follows shading and gradients but stops at an edge; and
 * never into a gray level another colour's hints claim (that pixel is more
 * likely "the same gray elsewhere" of that hint). Measured on Noto emoji (12
 * held-out, foreground ΔE2000 gap closed at 1/2/5/10/20 hints), the model
 * reading the flat region: 29/37/62/82/90%; reading a reach of 20 levels by
 * steps of 3 (trained so): 35/43/68/84/89%, with the claim rule
 * 35/43/68/82/91%; on toonhead-cast within 0.02 ΔE2000 of the flat region.
 */
export const REACH_LEVELS = 20;
export const REACH_STEP = 3;

/**
 * The least share of the pixels a colour's hints flood (their flat parts)
 * at one gray level for that level to count as a gray of the hinted part
 * (see partGrays): a flat part's own gray, the few grays of a part with
 * shading, not a stray antialiased pixel.
 */
const PART_GRAY_SHARE = 0.05;
/** How far off a part's gray its rim may lie, where "the same gray elsewhere" finds the part again (see growPartRims). */
const RIM_LEVELS = 3;

/**
 * A hint pixel is an antialiased blend of two parts when a 4-neighbour's gray
 * is more than BLEND_EDGE_LEVELS off its own (unmixEdges' FLAT_LEVELS) and its
 * gray lies more than BLEND_MARGIN levels inside its neighbours' range (a thin
 * line, darker or lighter than both sides, is not a blend: it is its own part).
 */
const BLEND_EDGE_LEVELS = 6;
const BLEND_MARGIN = 2;

/**
 * The designer's paint bucket, its reach across shading, and its global
 * twin. `fill`: a flood fill (4-connected, all hints at once, nearest hint
 * first; see floodFromSeeds) from every hint pixel over the pixels within
 * SAME_GRAY_LEVELS of that hint pixel's gray. `reach` (with `withReach`):
 * that flood carried on as a chained flood (REACH_LEVELS, REACH_STEP).
 * `global`: every pixel outside the reach whose gray level is within
 * SAME_GRAY_LEVELS of a hinted level takes the colour most hint pixels of
 * those levels have (ties to the colour hinted first in raster order), since
 * flat art reuses a part's gray where the part appears again (both eyes,
 * both hands) across outlines a flood fill cannot cross. All are host-side
 * model inputs; the network learns how far to trust them. Typed arrays and
 * a few passes over the pixels, no per-pixel objects; `withGlobal` false
 * leaves `global` empty (-1) for a caller that needs only the floods.
 *
 * With `colorizing` (not training: a network trained with them did no
 * better, see the end), two guards against a flood that crosses into
 * another part of nearly the same gray.
 * A hint pixel that is an antialiased blend of two parts (see BLEND_MARGIN)
 * floods nothing and does not reach: its gray belongs to neither part, and
 * from it a flood within SAME_GRAY_LEVELS crosses into a neighbouring part
 * of nearly the same gray. Measured on toonhead-cast (the eval's style,
 * seed 1; hint seeds 1–5 of the sweep, mean share of the gap closed at
 * 1/2/5/10/20 hints): 64.1/68.1/67.5/72.8/76.1% → 66.8/70.7/68.0/74.5/78.4%
 * for a blend flooding its own exact gray; one seed's single hint, a
 * hair-coloured pixel on the hair/shirt edge (gray 65 between 80 and 59),
 * had flooded and reached the red shirt: 53.3 → 66.6% at 1 hint. Flooding
 * nothing at all, since an eye-corner blend at exactly the face's gray
 * (63) still flooded the whole face: hint seed 4, 5/10/20 hints,
 * 74.8/77.1/84.9 → 79.7/79.8/86.7%. And the reach passes over the hint's own gray
 * (floodFromSeeds' `beyond`, SAME_GRAY_LEVELS): the flat flood took every
 * pixel of that gray connected to the hint, so one the reach finds beyond
 * a line is another part of that gray, not the part's shading. On cast
 * test/021 a skin hint (63) on the neck reached down the collar's lines
 * (47–59) and up into the red shirt (62): seed 1, 5 hints, 73.7 → 82.4%.
 * Both, hint seeds 1–5, at 1/2/5/10/20 hints: cast 80.1/82.6/79.2/83.9/87.0%
 * → 80.0/82.6/82.0/84.4/87.3%; Noto within 0.15 points at every seed and
 * count. Third, "the same gray elsewhere" is the hinted part's own grays
 * (see partGrays), not every gray within SAME_GRAY_LEVELS of the hint pixel:
 * in test/021 the skin (63) and the red jacket (62) do not touch, and a skin
 * hint gave the whole jacket its colour. Matching the hint pixel's exact
 * gray instead fixed the cast and cost Noto up to 6 points (a hint on a
 * part's antialiased rim, a part whose grays spread by a level or two).
 * Hint seeds 1–5 at 1/2/5/10/20 hints: Noto 46.0/56.4/72.1/84.3/91.4% →
 * 45.8/56.5/73.3/86.5/91.7%; cast 80.0/82.6/82.0/84.4/87.3% →
 * 80.8/83.1/82.2/84.4/87.3%, and with the cast's training seed 2, where
 * skin and jacket met at 4 of 5 hint seeds, 69.6/75.0/71.3/77.8/86.9% →
 * 80.2/82.2/74.6/79.5/86.8%; the worst single loss 1.9 points (Noto, seed
 * 1, 10 hints). Trained with the reach guard too, the network lost up to 0.8
 * points at 0–5 hints and gained at most 0.3 at 10–20 (cast, the eval at
 * training seeds 1–3). Fourth, a hinted region's twin (the other eye of a
 * coloured one, see twinRegions) is flooded and reached as if hinted there
 * (`twins`); the same gray elsewhere is read before, from the hints alone.
 */
export function propagateHints(
  gray: Float32Array,
  width: number,
  height: number,
  hintIndex: Int32Array,
  withReach = false,
  withGlobal = true,
  colorizing = false,
): HintPropagation {
  const n = width * height;
  if (gray.length !== n || hintIndex.length !== n)
    throw new RangeError(`propagateHints: ${gray.length} gray values and ${hintIndex.length} hints for ${width}×${height} pixels.`);
  const tolerance = SAME_GRAY_LEVELS;
  const fill = new Int32Array(n).fill(-1);
  const global = new Int32Array(n).fill(-1);
  let seeds = 0;
  let colours = 0;
  for (let i = 0; i < n; i++) {
    const c = hintIndex[i];
    if (c >= 0) {
      seeds++;
      if (c >= colours) colours = c + 1;
    }
  }
  if (seeds === 0) return { fill, reach: withReach ? new Int32Array(n).fill(-1) : fill, global, seed: new Int32Array(n).fill(-1), hinted: new Int32Array(0) };
  const level = grayLevels(gray);
  const owner = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  // Hint pixels per (gray level, colour), and the colours in the order first hinted.
  const votes = new Int32Array(256 * colours);
  const order: number[] = [];
  const seen = new Uint8Array(colours);
  for (let i = 0, tail = 0; i < n; i++) {
    const c = hintIndex[i];
    if (c < 0) continue;
    owner[i] = i;
    queue[tail++] = i;
    if (!seen[c]) {
      seen[c] = 1;
      order.push(c);
    }
  }
  const blends = colorizing ? blendsOf(level, width, queue, seeds) : undefined;
  // A blend of a part and the white canvas claims no gray level: every outline on the canvas has its
  // grays, and from a mark over a stem's antialiasing `global` gave the mark's colour to all of them.
  for (let q = 0; q < seeds; q++) {
    const i = queue[q];
    if (!blends?.[i] || !besideCanvas(level, width, i)) votes[level[i] * colours + hintIndex[i]]++;
  }
  let filled = floodFromSeeds(width, level, level, tolerance, owner, queue, seeds, Infinity, undefined, blends);
  for (let q = 0; q < filled; q++) {
    const i = queue[q];
    fill[i] = hintIndex[owner[i]];
  }
  // Per gray level, the colour with the most hint pixels within tolerance of it.
  const best = new Int32Array(256).fill(-1);
  if (withGlobal || withReach) {
    for (let l = 0; l < 256; l++) {
      let most = 0;
      const from = Math.max(0, l - tolerance);
      const to = Math.min(255, l + tolerance);
      for (const c of order) {
        let count = 0;
        for (let m = from; m <= to; m++) count += votes[m * colours + c];
        if (count > most) {
          most = count;
          best[l] = c;
        }
      }
    }
  }
  // The levels a blend hint lent its colour to (see partGrays): a guess, which the part rims do not grow.
  const guessed = new Uint8Array(256);
  // The same gray elsewhere is the hinted parts' own (see colorizing), read before twins join the floods: a painted iris
  // keeps its own gray, and its twin's is no gray of the hinted part.
  const elsewhere = withGlobal && blends ? partGrays(level, width, hintIndex, fill, owner, blends, order, colours, guessed) : best;
  // Each seed's colour: a hint's own, and a twin region's seed its hint's (see twinRegions).
  let colourOf = hintIndex;
  let twins: Int32Array | undefined;
  if (colorizing) {
    ({ filled, twins } = twinRegions(level, width, tolerance, fill, owner, queue, filled));
    if (twins.length > 0) {
      colourOf = Int32Array.from(hintIndex);
      for (let t = 0; t < twins.length; t += 2) colourOf[twins[t]] = hintIndex[twins[t + 1]];
    }
  }
  let reach = fill;
  if (withReach) {
    // The flat regions flood on, in the order they were claimed, across shading, but not into a gray another colour's hints have.
    // A blend's region stays as it is (see colorizing): only the others carry on.
    let from = filled;
    if (blends) {
      from = 0;
      for (let q = 0; q < filled; q++) if (!blends[owner[queue[q]]]) queue[from++] = queue[q];
    }
    const reached = floodFromSeeds(
      width,
      level,
      level,
      REACH_LEVELS,
      owner,
      queue,
      from,
      REACH_STEP,
      { byValue: best, ofSeed: colourOf },
      undefined,
      colorizing ? SAME_GRAY_LEVELS : -1,
    );
    reach = Int32Array.from(fill);
    for (let q = from; q < reached; q++) {
      const i = queue[q];
      reach[i] = colourOf[owner[i]];
    }
    if (colorizing) unreachLargerParts(level, width, fill, reach, owner, colours);
  }
  const hinted = Int32Array.from(order);
  if (withGlobal) {
    for (let i = 0; i < n; i++) if (owner[i] < 0) global[i] = elsewhere[level[i]];
    if (blends) growPartRims(level, width, owner, global, queue, guessed);
  }
  return { fill, reach, global, seed: owner, hinted, ...(twins?.length ? { twins } : {}) };
}

/**
 * Colorizing's "same gray elsewhere" takes in the rim of each part it finds:
 * the pixels no flood took, connected to that part's flat inside and within
 * RIM_LEVELS of its gray, get its colour. partGrays keeps only a part's main grays, so
 * where the part appears again its rim a level or few off (lightened toward
 * a highlight, antialiased, exported lossily) was left to the model, which
 * in the designer's trial gave a yellow cherry's twin dark red specks and
 * rings (Noto 006: 73 → 114 of the right cherry's 125 rim pixels). Only
 * the part's flat inside grows, so a lone antialiased pixel at the part's
 * gray on another part's edge does not take that part (the cast's skin
 * hint and red jacket, see partGrays). Within 5 levels (the paint bucket's
 * own tolerance) the grown part crossed into a neighbour: a rice cracker's
 * nori into its rim, Noto, hint seed 1, 5 hints, 81.6 → 75.0%. At 3 levels,
 * the eval's styles (training seed 1), mean share of the gap over hint seeds
 * 1–5 at 1/2/5/10/20 hints: Noto 45.8/56.5/73.3/86.5/91.7% →
 * 45.4/56.4/73.3/86.9/91.4%, the cast within 0.04 points.
 */
function growPartRims(level: Int32Array, width: number, owner: Int32Array, global: Int32Array, queue: Int32Array, guessed: Uint8Array): void {
  const n = level.length;
  // Every pixel a flood or the same gray took is claimed; the latter seed the growth.
  const part = new Int32Array(n).fill(-1);
  let seeds = 0;
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0) part[i] = i;
    else if (global[i] >= 0) {
      part[i] = i;
      // Only the part's flat inside grows: a lone antialiased pixel at the part's gray on another part's edge would take that part.
      if (!guessed[level[i]] && flatWithin(level, width, i, RIM_LEVELS)) queue[seeds++] = i;
    }
  }
  const grown = floodFromSeeds(width, level, level, RIM_LEVELS, part, queue, seeds);
  for (let q = seeds; q < grown; q++) global[queue[q]] = global[part[queue[q]]];
}

/**
 * Colorizing's "same gray elsewhere" (see propagateHints' colorizing): per
 * gray level, the hinted colour whose flooded parts have at least
 * PART_GRAY_SHARE of their pixels at that very level (of several, the one
 * with the largest share), or -1; at a level no part claims, a blend hint
 * (whose part's gray is unknown: it floods nothing) lends its colour to the
 * levels within SAME_GRAY_LEVELS of its own, unless it lies beside the canvas
 * (those levels marked in `guessed`).
 */
function partGrays(
  level: Int32Array,
  width: number,
  hintIndex: Int32Array,
  fill: Int32Array,
  owner: Int32Array,
  blends: Uint8Array,
  order: readonly number[],
  colours: number,
  guessed: Uint8Array,
): Int32Array {
  const n = level.length;
  const counts = new Float64Array(256 * colours);
  const flooded = new Float64Array(colours);
  for (let i = 0; i < n; i++) {
    const c = fill[i];
    if (c < 0 || blends[owner[i]]) continue;
    counts[level[i] * colours + c]++;
    flooded[c]++;
  }
  const colourOf = new Int32Array(256).fill(-1);
  for (let l = 0; l < 256; l++) {
    let most = 0;
    for (const c of order) {
      const share = flooded[c] > 0 ? counts[l * colours + c] / flooded[c] : 0;
      if (share >= PART_GRAY_SHARE && share > most) {
        most = share;
        colourOf[l] = c;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const c = hintIndex[i];
    if (c < 0 || !blends[i] || besideCanvas(level, width, i)) continue;
    for (let m = Math.max(0, level[i] - SAME_GRAY_LEVELS); m <= Math.min(255, level[i] + SAME_GRAY_LEVELS); m++) {
      if (colourOf[m] >= 0) continue;
      colourOf[m] = c;
      guessed[m] = 1;
    }
  }
  return colourOf;
}

/** Whether a 4-neighbour of pixel `i` is the white canvas (see CANVAS_LEVEL). */
function besideCanvas(level: Int32Array, width: number, i: number): boolean {
  const x = i % width;
  return (
    (x > 0 && level[i - 1] >= CANVAS_LEVEL) ||
    (x < width - 1 && level[i + 1] >= CANVAS_LEVEL) ||
    (i >= width && level[i - width] >= CANVAS_LEVEL) ||
    (i + width < level.length && level[i + width] >= CANVAS_LEVEL)
  );
}

/** Per pixel, 1 at each seed (queue[0, seeds)) that is an antialiased blend of two parts (see BLEND_MARGIN), else 0. */
function blendsOf(level: Int32Array, width: number, queue: Int32Array, seeds: number): Uint8Array {
  const n = level.length;
  const blend = new Uint8Array(n);
  for (let q = 0; q < seeds; q++) {
    const i = queue[q];
    const v = level[i];
    const x = i % width;
    let low = 256;
    let high = -1;
    for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width < n ? i + width : -1]) {
      if (j < 0) continue;
      if (level[j] < low) low = level[j];
      if (level[j] > high) high = level[j];
    }
    const edge = v - low > BLEND_EDGE_LEVELS || high - v > BLEND_EDGE_LEVELS;
    if (edge && low + BLEND_MARGIN < v && v < high - BLEND_MARGIN) blend[i] = 1;
  }
  return blend;
}

/**
 * How many times its colour's paint bucket a flat part may be and still be
 * reached (see unreachLargerParts).
 */
const REACH_PART_RATIO = 2;

/**
 * Colorizing's reach stops short of a flat part (see floodFlatPart; at
 * least FLAT_PART_PIXELS) more than REACH_PART_RATIO times the size of all
 * its colour's flat floods together: a hint on a small part said nothing
 * about the big part beside it. The reach walks across shading by small
 * steps, and so also across a soft seam: in a designer's trial a true-colour
 * pink dot on a Noto mouse's inner ear reached the whole gray face (2,824 px)
 * and the model turned it pink (the drawing 68% → 21% right within 12 per
 * channel; the hamster's face 79% → 32%); now 84% and 83%. A part's shading
 * beside it (a cherry's shadow) is rarely twice its lit side. The pixels
 * released are no flood's (`owner` -1), so the same gray elsewhere may take
 * them. The eval's styles, hint seeds 1–5, mean share of the gap: Noto
 * −0.07 points at 1 and 2 hints, +0.06 at 20, toonhead-cast unchanged.
 */
function unreachLargerParts(level: Int32Array, width: number, fill: Int32Array, reach: Int32Array, owner: Int32Array, colours: number): void {
  const n = level.length;
  const flooded = new Int32Array(colours);
  for (let i = 0; i < n; i++) if (fill[i] >= 0) flooded[fill[i]]++;
  const part = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  // Only from the pixels the reach added: the cost is theirs, not the image's.
  for (let s = 0; s < n; s++) {
    if (part[s] >= 0 || reach[s] < 0 || fill[s] >= 0) continue;
    const size = floodFlatPart(level, width, part, queue, s);
    if (size < FLAT_PART_PIXELS || size <= REACH_PART_RATIO * flooded[reach[s]]) continue;
    for (let q = 0; q < size; q++) {
      const i = queue[q];
      if (fill[i] >= 0 || reach[i] < 0) continue;
      reach[i] = -1;
      owner[i] = -1;
    }
  }
}
