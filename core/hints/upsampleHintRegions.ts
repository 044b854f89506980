import { bilinearTaps } from '../image/bilinearTaps';
import { createOwnerRuns } from './createOwnerRuns';
import { grayLevels } from '../inputs/grayLevels';
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
  const smallLevel = grayLevels(small.gray.data);
  // Per small pixel, read once: the gray range (in [0, 1]) whose levels are within SAME_GRAY_LEVELS of the hint whose paint
  // bucket holds it (empty outside every bucket), the palette index of the hint that owns it (-1 for none) and that
  // hint's full-resolution pixel. A level l = round(255 g) is within d of L when L − d − ½ ≤ 255 g < L + d + ½.
  const m = sw * sh;
  const fillFrom = new Float32Array(m).fill(Infinity);
  const fillTo = new Float32Array(m).fill(-Infinity);
  const ownerIndex = new Int32Array(m).fill(-1);
  const ownerSource = new Int32Array(m).fill(-1);
  const { index: smallIndex, source } = small.hints;
  for (let t = 0; t < m; t++) {
    if (small.fill[t] >= 0) {
      const level = smallLevel[small.seed[t]];
      fillFrom[t] = (level - SAME_GRAY_LEVELS - 0.5) / 255;
      fillTo[t] = (level + SAME_GRAY_LEVELS + 0.5) / 255;
    }
    const o = small.owners[t];
    if (o >= 0) {
      ownerIndex[t] = smallIndex[o];
      ownerSource[t] = source[o];
    }
  }
  const smallFill = small.fill;
  // A full-resolution pixel reads its nearest small pixel and three of that one's neighbours, so only pixels near a small
  // pixel in a bucket or owned by a hint can change: the rest are skipped a run at a time (most of most art).
  const near = nearHintRegions(fillFrom, ownerIndex, sw, sh);
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
      const from0 = fillFrom[t0];
      const to0 = fillTo[t0];
      const fill0 = smallFill[t0];
      const owner0 = ownerSource[t0];
      const index0 = ownerIndex[t0];
      const t2 = r1 + s;
      const index2 = ownerIndex[t2];
      for (let x = columnStart[s], i = y * w + x, end = columnStart[s + 1]; x < end; x++, i++) {
        const g = gray[i];
        let owner = -1;
        // Most pixels of a hint's region: the nearest small pixel's bucket takes it (its owner is of the bucket's colour).
        if (g >= from0 && g < to0) {
          decided[i] = fill0;
          owner = owner0;
        } else {
          const t1 = r0 + col1[x];
          const t3 = r1 + col1[x];
          if (index0 >= 0 || ownerIndex[t1] >= 0 || index2 >= 0 || ownerIndex[t3] >= 0) {
            if (g >= fillFrom[t1] && g < fillTo[t1]) decided[i] = smallFill[t1];
            else if (g >= fillFrom[t2] && g < fillTo[t2]) decided[i] = smallFill[t2];
            else if (g >= fillFrom[t3] && g < fillTo[t3]) decided[i] = smallFill[t3];
            const c = decided[i];
            if (index0 === c) owner = owner0;
            else if (ownerIndex[t1] === c) owner = ownerSource[t1];
            else if (index2 === c) owner = ownerSource[t2];
            else if (ownerIndex[t3] === c) owner = ownerSource[t3];
          }
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
 * The small pixels in a paint bucket (finite `fillFrom`) or owned by a hint (`ownerIndex` ≥ 0), grown by one pixel
 * every way (a full-resolution pixel reads its nearest small pixel's 2 × 2 block), and the small rows holding any.
 */
function nearHintRegions(fillFrom: Float32Array, ownerIndex: Int32Array, sw: number, sh: number): { pixels: Uint8Array; rows: Uint8Array } {
  const pixels = new Uint8Array(sw * sh);
  const rows = new Uint8Array(sh);
  for (let sy = 0; sy < sh; sy++) {
    for (let sx = 0; sx < sw; sx++) {
      const t = sy * sw + sx;
      if (fillFrom[t] === Infinity && ownerIndex[t] < 0) continue;
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
