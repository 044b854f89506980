import { floodFromSeeds } from './floodFromSeeds';
import { markOfHintPixels } from './markOfHintPixels';
import { SAME_GRAY_LEVELS } from './propagateHints';
import { CANVAS_LEVEL } from './simulateHints';

/**
 * The halos (4-steps around a mark) a lossy mark's gray is read beyond,
 * farthest first (see grayUnderMarks). A JPEG round trip blurs a dot's
 * lightness 1–2 px into the part around it and rings a few levels beyond
 * (the cherry leaf's 89 read 94–98 right beside its dot); 3 px out the
 * part's own gray shows, but a thin part has none that far.
 */
const LOSSY_HALOS = [3, 2, 1, 0];

/**
 * Gives each mark painted into gray art the gray it was painted over. In
 * partly coloured art the gray under a coloured pixel is lost; a part the
 * designer coloured in its true colour keeps its own luminance as its gray
 * (that is its gray), but a dot painted inside a flat part is not that part's
 * gray: a green dot (luminance 124) on a cherry leaf's dark half (89) steered
 * the leaf's light half (123) and left the half it sat on to the model.
 *
 * A mark (8-connected hint pixels, see markOfHintPixels) lies on the gray G
 * around it when
 * - more than half of the pixels 4-adjacent to it are art within
 *   SAME_GRAY_LEVELS of G, the gray most of them share (see flatGrayOf: the
 *   exact level of flat art, the middle of a noisy one): it sits inside one
 *   part, not on the edge of the art or between parts;
 * - G is drawing, not canvas (below CANVAS_LEVEL: a coloured shape on white
 *   is a part, not a dot on the canvas), and the mark's own mean luminance is
 *   more than SAME_GRAY_LEVELS from G (else nothing changes);
 * - the flat region of G around it is wider than the mark: within a window
 *   of twice the mark's size around it, the region (flooded from those
 *   neighbours, floodFromSeeds within SAME_GRAY_LEVELS of G) is larger than
 *   the mark and has a pixel deeper inside it (4-steps to its edge or the
 *   window's; a pixel all of whose 4-neighbours are in it counts as in it,
 *   a pinhole of noise) than any pixel of the mark is inside the mark. A
 *   part coloured inside a dark outline also has one gray all around it, but
 *   the outline is no thicker than the part, so the part keeps its own gray
 *   and its colour does not run along the outline.
 * Marks and true colours do not mix in one drawing: when any coloured group
 * fails the first two tests (a part in its own right), the drawing is being
 * coloured in and every group keeps its own luminance (a moustache coloured
 * beside coloured hair is a detail, not a dot on the face). Otherwise each
 * mark that passes takes G, so floods, the model and hintOwners act on the
 * part it sits in. A lone detail coloured in its true colour inside one flat
 * part (only the mouth coloured on a gray face) looks the same as a dot and
 * is read as one.
 *
 * In `lossy` art (decoded from JPEG) a mark's edge is blurred into the part
 * and the part rings beside it, so the ring is read beyond a halo (see
 * LOSSY_HALOS; the first halo whose ring gives a gray counts, and the mark
 * is a part in its own right only when none does). The halo is no part of
 * the flood but counts as the region's for its depth, and its pixels that
 * lie off G toward the mark's own luminance are the mark's blurred edge:
 * they take G too (on the cherry leaf, pixels of 110–125 around the dot on
 * the dark half's 89 read as a patch of the light half).
 *
 * `levels` holds every pixel's gray level 0–255, hint pixels at their own
 * luminance, and a negative level where there is no art (transparent); the
 * levels of moved marks (and of their blurred edges) are changed in place.
 * `hint` is 1 at hint pixels. Returns the number of hint pixels given the
 * gray around them.
 */
export function grayUnderMarks(levels: Int32Array, hint: Uint8Array, width: number, lossy = false): number {
  const n = levels.length;
  const height = n / width;
  const found: number[] = [];
  for (let i = 0; i < n; i++) if (hint[i]) found.push(i);
  const count = found.length;
  if (count === 0) return 0;
  const positions = Int32Array.from(found);
  const mark = markOfHintPixels(positions, width);
  // Per mark, at its representative: its box (left, top, right, bottom), area and summed luminance.
  const box = new Int32Array(count * 4);
  const area = new Int32Array(count);
  const own = new Float64Array(count);
  const markAt = new Int32Array(n).fill(-1);
  for (let h = 0; h < count; h++) {
    const m = mark[h];
    const i = positions[h];
    const x = i % width;
    const y = (i - x) / width;
    markAt[i] = m;
    if (area[m]++ === 0) box.set([x, y, x, y], m * 4);
    box[m * 4] = Math.min(box[m * 4], x);
    box[m * 4 + 1] = Math.min(box[m * 4 + 1], y);
    box[m * 4 + 2] = Math.max(box[m * 4 + 2], x);
    box[m * 4 + 3] = Math.max(box[m * 4 + 3], y);
    own[m] += levels[i];
  }
  const histogram = new Int32Array(256);
  const blurred: number[] = [];
  // Pairs of (pixel, gray) for the halo pixels of lossy marks that take the gray they lie on.
  const haloPixels: number[] = [];
  // Per mark, at its representative: the gray it lies on, or -1 where it keeps its own luminance.
  const under = new Int32Array(count).fill(-1);
  for (let m = 0; m < count; m++) {
    if (mark[m] !== m) continue;
    // The window: the mark's box grown by twice its size, in local arrays (hint pixels as no art).
    const grow = 2 * Math.max(box[m * 4 + 2] - box[m * 4], box[m * 4 + 3] - box[m * 4 + 1]) + 2;
    const wx = Math.max(0, box[m * 4] - grow);
    const wy = Math.max(0, box[m * 4 + 1] - grow);
    const ww = Math.min(width, box[m * 4 + 2] + grow + 1) - wx;
    const size = ww * (Math.min(height, box[m * 4 + 3] + grow + 1) - wy);
    const values = new Int32Array(size);
    const inMark = new Uint8Array(size);
    for (let p = 0; p < size; p++) {
      const i = (wy + ((p / ww) | 0)) * width + wx + (p % ww);
      values[p] = hint[i] ? -256 : levels[i];
      inMark[p] = markAt[i] === m ? 1 : 0;
    }
    // Lossy art: a ring a few pixels out first (see LOSSY_HALOS); the mark's own ring last.
    const steps = lossy ? stepsFrom(inMark, ww, LOSSY_HALOS[0]) : inMark;
    let verdict = TRUE_COLOUR;
    for (const halo of lossy ? LOSSY_HALOS : [0]) {
      verdict = Math.max(verdict, grayAround(values, inMark, halo > 0 ? haloOf(steps, halo) : inMark, ww, area[m], own[m] / area[m], histogram, blurred));
      if (verdict >= 0) break;
    }
    if (verdict === TRUE_COLOUR) return 0;
    if (verdict < 0) {
      blurred.length = 0;
      continue;
    }
    under[m] = verdict;
    for (const p of blurred) haloPixels.push((wy + ((p / ww) | 0)) * width + wx + (p % ww), verdict);
    blurred.length = 0;
  }
  let moved = 0;
  for (let h = 0; h < count; h++) {
    const g = under[mark[h]];
    if (g < 0) continue;
    levels[positions[h]] = g;
    moved++;
  }
  for (let k = 0; k < haloPixels.length; k += 2) levels[haloPixels[k]] = haloPixels[k + 1];
  return moved;
}

/** grayAround's verdict for a mark that fails its first tests: a part in its own right, coloured in its true colour. */
const TRUE_COLOUR = -2;
/** grayAround's verdict for a mark that keeps its own luminance. */
const KEEPS_OWN = -1;

/**
 * The gray a mark lies on, KEEPS_OWN, or TRUE_COLOUR (see grayUnderMarks),
 * read from the pixels just beyond `inside`, the mark and a halo around it
 * (or the mark alone: its own 4-neighbours) in a window: `values` the
 * window's levels (hint pixels no art), `inMark` 1 at the mark's pixels.
 * With a halo, the halo's pixels that lie off the gray toward the mark's
 * own luminance `ownLevel` are its blur, and are pushed to `blurred`
 * (window positions) when the mark takes the gray.
 */
function grayAround(
  values: Int32Array,
  inMark: Uint8Array,
  inside: Uint8Array,
  ww: number,
  markArea: number,
  ownLevel: number,
  histogram: Int32Array,
  blurred: number[],
): number {
  const size = values.length;
  // With a halo (inside more than the mark), the ring lies beyond blur.
  const halo = inside !== inMark;
  // What lies around it: its 4-neighbours not in it (outside the window is outside the image: no art).
  histogram.fill(0);
  let around = 0;
  for (let p = 0; p < size; p++) {
    if (!inside[p]) continue;
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, ww, size);
      if (q >= 0 && inside[q]) continue;
      around++;
      if (q >= 0 && values[q] >= 0) histogram[values[q]]++;
    }
  }
  const g = flatGrayOf(histogram);
  const near = within(histogram, g);
  if (g >= CANVAS_LEVEL || near * 2 <= around) return TRUE_COLOUR;
  if (Math.abs(ownLevel - g) <= SAME_GRAY_LEVELS) return KEEPS_OWN;
  // The flat region of g, seeded at the ring's pixels of that gray.
  const owner = new Int32Array(size).fill(-1);
  const target = new Int32Array(size).fill(g);
  const queue = new Int32Array(size);
  let seeds = 0;
  for (let p = 0; p < size; p++) {
    if (!inside[p]) continue;
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, ww, size);
      if (q < 0 || inside[q] || owner[q] >= 0 || Math.abs(values[q] - g) > SAME_GRAY_LEVELS) continue;
      owner[q] = q;
      queue[seeds++] = q;
    }
  }
  // The halo is no part of the region: the flood starts beyond it.
  const flooded = halo ? Int32Array.from(values, (v, p) => (inside[p] ? -256 : v)) : values;
  const regionArea = floodFromSeeds(ww, flooded, target, SAME_GRAY_LEVELS, owner, queue, seeds);
  const inRegion = new Uint8Array(size);
  for (let k = 0; k < regionArea; k++) inRegion[queue[k]] = 1;
  // A pixel of noise off by more than SAME_GRAY_LEVELS, wholly inside the region, is a pinhole in it, not its edge
  // (its depth stopped there: the leaf's dark half read 4 deep, shallower than the dot).
  for (let p = 0; p < size; p++) {
    if (inRegion[p] || inside[p]) continue;
    let sides = 0;
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, ww, size);
      if (q >= 0 && inRegion[q] === 1) sides++;
    }
    if (sides === 4) inRegion[p] = 2;
  }
  // The halo is the part's pixels blurred by the mark: as deep in the part as the region around it.
  if (halo) for (let p = 0; p < size; p++) if (inside[p] && !inMark[p]) inRegion[p] = 2;
  if (regionArea <= markArea || deepest(inRegion, ww, queue) <= deepest(inMark, ww, queue)) return KEEPS_OWN;
  for (let p = 0; p < size; p++) {
    if (!inside[p] || inMark[p] || values[p] < 0) continue;
    const off = values[p] - g;
    if (Math.abs(off) > SAME_GRAY_LEVELS && off * (ownLevel - g) > 0 && Math.abs(off) <= Math.abs(ownLevel - g) + SAME_GRAY_LEVELS) blurred.push(p);
  }
  return g;
}

/** Per pixel of a `width`-wide window, its 4-steps from the nearest pixel of `inside` (0 in it), up to `most`; farther pixels `most` + 1. */
function stepsFrom(inside: Uint8Array, width: number, most: number): Uint8Array {
  const size = inside.length;
  const steps = new Uint8Array(size).fill(most + 1);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let p = 0; p < size; p++) {
    if (!inside[p]) continue;
    steps[p] = 0;
    queue[tail++] = p;
  }
  for (let head = 0; head < tail; head++) {
    const p = queue[head];
    if (steps[p] === most) continue;
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, width, size);
      if (q < 0 || steps[q] <= steps[p] + 1) continue;
      steps[q] = steps[p] + 1;
      queue[tail++] = q;
    }
  }
  return steps;
}

/** 1 where `steps` (see stepsFrom) is at most `halo`: the mark and its halo. */
function haloOf(steps: Uint8Array, halo: number): Uint8Array {
  return steps.map((s) => (s <= halo ? 1 : 0));
}

/**
 * The gray most of a histogram's pixels share: its most common level, then
 * twice the median of the pixels within SAME_GRAY_LEVELS of it. Flat art
 * gives its exact level. Art with noise (a lossy export moves each channel
 * by a few levels) spreads one flat gray over several levels, whose most
 * common one may lie off their middle by half the spread (the cherry leaf's
 * 89 read as 92), and the flat region within SAME_GRAY_LEVELS of that
 * missed the darker side of its pixels; the medians walk back to the middle.
 * Starting from the most common level keeps a mark across two parts where
 * it was (the densest band of SAME_GRAY_LEVELS either side instead took a
 * soft stroke across a cherry's body, 58, and shadow, 47, for the body's:
 * neither holds half the ring).
 */
function flatGrayOf(histogram: Int32Array): number {
  let g = 0;
  for (let v = 1; v < 256; v++) if (histogram[v] > histogram[g]) g = v;
  for (let pass = 0; pass < 2; pass++) {
    const half = within(histogram, g) / 2;
    let seen = 0;
    for (let v = Math.max(0, g - SAME_GRAY_LEVELS); ; v++) {
      seen += histogram[v];
      if (seen >= half) {
        g = v;
        break;
      }
    }
  }
  return g;
}

/** The pixels of a level histogram within SAME_GRAY_LEVELS of level g. */
function within(histogram: Int32Array, g: number): number {
  let count = 0;
  for (let v = Math.max(0, g - SAME_GRAY_LEVELS); v <= g + SAME_GRAY_LEVELS && v < 256; v++) count += histogram[v];
  return count;
}

/** Pixel p's 4-neighbour d (left, right, up, down) on a `width`-wide grid of `size` pixels, or -1 off the grid. */
function neighbour(p: number, d: number, width: number, size: number): number {
  const x = p % width;
  const q = d === 0 ? (x > 0 ? p - 1 : -1) : d === 1 ? (x < width - 1 ? p + 1 : -1) : d === 2 ? p - width : p + width;
  return q < size ? q : -1;
}

/** The most 4-steps from a pixel of `inside` to the nearest pixel outside it or off the grid (1 on its edge): a breadth-first pass inward. */
function deepest(inside: Uint8Array, width: number, queue: Int32Array): number {
  const depth = new Int32Array(inside.length);
  let tail = 0;
  for (let p = 0; p < inside.length; p++) {
    if (!inside[p]) continue;
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, width, inside.length);
      if (q >= 0 && inside[q]) continue;
      depth[p] = 1;
      queue[tail++] = p;
      break;
    }
  }
  let most = 0;
  for (let head = 0; head < tail; head++) {
    const p = queue[head];
    most = depth[p];
    for (let d = 0; d < 4; d++) {
      const q = neighbour(p, d, width, inside.length);
      if (q < 0 || !inside[q] || depth[q]) continue;
      depth[q] = most + 1;
      queue[tail++] = q;
    }
  }
  return most;
}
