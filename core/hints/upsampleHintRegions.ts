import { bilinearTaps } from '../image/bilinearTaps';
import { createOwnerRuns } from './createOwnerRuns';
import type { GrayImage } from '../types';
import type { DownscaledHints } from './downscaleHintIndex';
import type { PixelHints } from './HintMap';
import { SAME_GRAY_LEVELS } from './propagateHints';

/** The hints' regions found at a smaller scale (see upsampleHintRegions). */
export interface SmallHintRegions {
  readonly gray: GrayImage;
  readonly hints: DownscaledHints;
  /** [small pixels]: the paint bucket's palette index, or -1 (HintPropagation.fill). */
  readonly fill: Int32Array;
  /** [small pixels]: the small hint pixel whose flood took the pixel, or -1 (HintPropagation.seed). */
  readonly seed: Int32Array;
  /** [small pixels]: the small hint pixel that owns the pixel, or -1 (hintOwners of the small decisions). */
  readonly owners: Int32Array;
}

/**
 * The hints' regions of a large image from those found at the scale it was
 * predicted at, so colorizing large art floods a few thousand small pixels
 * instead of its million (in the spirit of joint bilateral upsampling, Kopf
 * et al. 2007, as upsampleLabels). A full-resolution pixel joins the paint
 * bucket's region of the nearest of its four small neighbours that is in
 * one and whose hint's gray is within SAME_GRAY_LEVELS of the pixel's own,
 * so the region ends at the full-resolution edge; it is then decided as
 * that hint (`decided` is set in place). A pixel belongs to a hint's region
 * when it is decided as the hint's palette index and one of its small
 * neighbours belongs to that hint; it then shows the exact colour of a
 * full-resolution hint pixel of that hint. Every hint pixel fills and owns
 * itself. Returns the owners as runs (HintRegions.runs). Visits only the pixels
 * near a hint's region (a run at a time elsewhere), no full-size allocation.
 */
export function upsampleHintRegions(small: SmallHintRegions, full: GrayImage, hints: PixelHints, decided: Int32Array): Int32Array {
  const { width: sw, height: sh } = small.gray;
  const { width: w, height: h } = full;
  const n = w * h;
  if (decided.length !== n) throw new RangeError(`upsampleHintRegions: ${decided.length} decisions for ${w}×${h} pixels.`);
  const { positions, paletteIndex } = hints;
  // Per small pixel, read once: 1 + the gray level of the hint whose paint bucket holds it (0 outside every bucket), 1 +
  // the palette index of the hint that owns it (0 for none) and 1 + that hint's full-resolution pixel. Offset by one so
  // that fresh (zeroed) arrays mean "none" and need no fill pass, in 16 bits where they fit: 0.5 MB at a 256² scale
  // where four 32-bit arrays and the small image's levels took 1.3 MB (fresh memory costs about 5 ms a MB to touch here).
  const m = sw * sh;
  const fillLevel = new Uint16Array(m);
  const ownerIndex = new Uint16Array(m);
  const ownerSource = new Int32Array(m);
  const { index: smallIndex, source } = small.hints;
  const smallGray = small.gray.data;
  for (let t = 0; t < m; t++) {
    if (small.fill[t] >= 0) {
      // grayLevel of the bucket's hint pixel, inline.
      const v = smallGray[small.seed[t]] * 255;
      fillLevel[t] = 1 + (v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0);
    }
    const o = small.owners[t];
    if (o >= 0) {
      ownerIndex[t] = smallIndex[o] + 1;
      ownerSource[t] = source[o] + 1;
    }
  }
  // The gray range (in [0, 1]) within SAME_GRAY_LEVELS of each bucket level (row 1 + L), empty for row 0: a level
  // l = round(255 g) is within d of L when L − d − ½ ≤ 255 g < L + d + ½.
  const fillFrom = new Float32Array(257);
  const fillTo = new Float32Array(257);
  fillFrom[0] = Infinity;
  fillTo[0] = -Infinity;
  for (let level = 0; level < 256; level++) {
    fillFrom[level + 1] = (level - SAME_GRAY_LEVELS - 0.5) / 255;
    fillTo[level + 1] = (level + SAME_GRAY_LEVELS + 0.5) / 255;
  }
  const smallFill = small.fill;
  // A full-resolution pixel reads its nearest small pixel and three of that one's neighbours, so only pixels near a small
  // pixel in a bucket or owned by a hint can change: the rest are skipped a run at a time (most of most art).
  const near = nearHintRegions(fillLevel, ownerIndex, sw, sh);
  const gray = full.data;
  const { first: col0, second: col1 } = nearestTwo(sw, w);
  const { first: row0, second: row1 } = nearestTwo(sh, h);
  // Every hint pixel is visited too (it is its own colour, below), whatever surrounds it.
  for (const i of positions) {
    const sy = row0[Math.floor(i / w)];
    near.rows[sy] = 1;
    near.pixels[sy * sw + col0[i % w]] = 1;
  }
  // Full-resolution columns [columnStart[s], columnStart[s + 1]) have small column s nearest (nearestTwo is monotonic).
  const columnStart = new Int32Array(sw + 1).fill(w);
  for (let x = w - 1; x >= 0; x--) columnStart[col0[x]] = x;
  for (let s = sw - 1; s >= 0; s--) columnStart[s] = Math.min(columnStart[s], columnStart[s + 1]);
  // Pixels are visited in raster order, so the owners come out as runs and the hint pixels are met in their order.
  const runs = createOwnerRuns();
  let nextHint = 0;
  let nextHintAt = positions.length > 0 ? positions[0] : -1;
  // The span of consecutive pixels of one owner being gathered: [spanStart, spanEnd) shows spanOwner.
  let spanStart = 0;
  let spanEnd = -1;
  let spanOwner = -1;
  for (let y = 0; y < h; y++) {
    const r0 = row0[y] * sw;
    const r1 = row1[y] * sw;
    if (!near.rows[row0[y]]) continue;
    for (let s = 0; s < sw; s++) {
      // Every pixel of this stretch has small pixel t0 nearest: what it holds is read once.
      const t0 = r0 + s;
      if (!near.pixels[t0]) continue;
      const from0 = fillFrom[fillLevel[t0]];
      const to0 = fillTo[fillLevel[t0]];
      const fill0 = smallFill[t0];
      const owner0 = ownerSource[t0] - 1;
      const index0 = ownerIndex[t0] - 1;
      const t2 = r1 + s;
      const index2 = ownerIndex[t2] - 1;
      for (let x = columnStart[s], i = y * w + x, end = columnStart[s + 1]; x < end; x++, i++) {
        const g = gray[i];
        let owner = -1;
        // Most pixels of a hint's region: the nearest small pixel's bucket takes it (its owner is of the bucket's colour).
        if (g >= from0 && g < to0) {
          decided[i] = fill0;
          owner = owner0;
        } else if (index0 >= 0 || index2 >= 0 || ownerIndex[r0 + col1[x]] !== 0 || ownerIndex[r1 + col1[x]] !== 0) {
          owner = neighbourOwner(g, i, t0, r0 + col1[x], t2, r1 + col1[x], decided, smallFill, fillLevel, fillFrom, fillTo, ownerIndex, ownerSource);
        }
        // Every hint pixel is its own colour.
        if (i === nextHintAt) {
          decided[i] = paletteIndex[nextHint];
          owner = nextHint++;
          nextHintAt = nextHint < positions.length ? positions[nextHint] : -1;
        }
        if (owner < 0) continue;
        if (owner === spanOwner && i === spanEnd) spanEnd++;
        else {
          runs.add(spanStart, spanEnd, spanOwner);
          spanStart = i;
          spanEnd = i + 1;
          spanOwner = owner;
        }
      }
    }
  }
  runs.add(spanStart, spanEnd, spanOwner);
  return runs.finish();
}

/**
 * A full-resolution pixel outside its nearest small pixel t0's bucket: it joins the bucket of the first of its other
 * small neighbours t1, t2, t3 whose range holds its gray `g` (`decided` set in place), and is owned by the first of
 * t0…t3 owned by a hint of the colour it is decided as. Returns that owner, or -1.
 */
function neighbourOwner(
  g: number,
  i: number,
  t0: number,
  t1: number,
  t2: number,
  t3: number,
  decided: Int32Array,
  smallFill: Int32Array,
  fillLevel: Uint16Array,
  fillFrom: Float32Array,
  fillTo: Float32Array,
  ownerIndex: Uint16Array,
  ownerSource: Int32Array,
): number {
  if (g >= fillFrom[fillLevel[t1]] && g < fillTo[fillLevel[t1]]) decided[i] = smallFill[t1];
  else if (g >= fillFrom[fillLevel[t2]] && g < fillTo[fillLevel[t2]]) decided[i] = smallFill[t2];
  else if (g >= fillFrom[fillLevel[t3]] && g < fillTo[fillLevel[t3]]) decided[i] = smallFill[t3];
  const c = decided[i] + 1;
  if (ownerIndex[t0] === c) return ownerSource[t0] - 1;
  if (ownerIndex[t1] === c) return ownerSource[t1] - 1;
  if (ownerIndex[t2] === c) return ownerSource[t2] - 1;
  if (ownerIndex[t3] === c) return ownerSource[t3] - 1;
  return -1;
}

/**
 * The small pixels in a paint bucket (`fillLevel` > 0) or owned by a hint (`ownerIndex` > 0), grown by one pixel
 * every way (a full-resolution pixel reads its nearest small pixel's 2 × 2 block), and the small rows holding any.
 */
function nearHintRegions(fillLevel: Uint16Array, ownerIndex: Uint16Array, sw: number, sh: number): { pixels: Uint8Array; rows: Uint8Array } {
  const pixels = new Uint8Array(sw * sh);
  const rows = new Uint8Array(sh);
  for (let sy = 0; sy < sh; sy++) {
    for (let sx = 0; sx < sw; sx++) {
      const t = sy * sw + sx;
      if (fillLevel[t] === 0 && ownerIndex[t] === 0) continue;
      for (let y = Math.max(0, sy - 1); y <= Math.min(sh - 1, sy + 1); y++) {
        rows[y] = 1;
        for (let x = Math.max(0, sx - 1); x <= Math.min(sw - 1, sx + 1); x++) pixels[y * sw + x] = 1;
      }
    }
  }
  return { pixels, rows };
}

/** For each of `target` output columns (or rows): the nearest and the second-nearest of `source` ones (see bilinearTaps). */
function nearestTwo(source: number, target: number): { first: Int32Array; second: Int32Array } {
  const { lo, hi, frac } = bilinearTaps(source, target);
  const first = new Int32Array(target);
  const second = new Int32Array(target);
  for (let x = 0; x < target; x++) {
    first[x] = frac[x] < 0.5 ? lo[x] : hi[x];
    second[x] = frac[x] < 0.5 ? hi[x] : lo[x];
  }
  return { first, second };
}
