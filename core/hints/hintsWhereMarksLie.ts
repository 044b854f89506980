import { grayOf } from '../colour/grayOf';
import { LABELLED_ALPHA } from '../image/limits';
import { grayLevel } from '../inputs/grayLevel';
import type { GrayImage } from '../types';
import type { HintMap } from './HintMap';
import { CANVAS_LEVEL } from './simulateHints';

/**
 * The hints a designer meant: each mark (8-connected hint pixels, as
 * countHintMarks) colours the side most of its pixels lie on, the drawing
 * or the white canvas around it (gray ≥ CANVAS_LEVEL, as simulateHints), and
 * its pixels on the other side are no hints (ties go to the drawing). A dot
 * placed on a part near its edge, partly over the canvas, colours the part:
 * its canvas pixels flooded the whole canvas with the hint's colour (the
 * paint bucket over white, then the model's regions). A mark mostly on the
 * canvas still colours the canvas, as asked. Pixels where the art is
 * transparent (alpha < LABELLED_ALPHA) show nothing and are never hints.
 * A hint pixel the art shows itself (partly coloured art: splitHints turns
 * a hint to its own gray) lies on the drawing, however light.
 *
 * `gray` is the art (composited on white, see toGrayImage), `alpha` its
 * alpha when it has one. Visits only the hint pixels; returns `hints` itself
 * when none lies off the drawing.
 */
export function hintsWhereMarksLie(hints: HintMap, gray: GrayImage, alpha?: Uint8Array): HintMap {
  const { width, positions, exactRgb } = hints;
  const count = positions.length;
  // Per hint pixel: 1 on the drawing, -1 on the canvas, 0 on no art.
  const side = new Int8Array(count);
  let offDrawing = false;
  for (let h = 0; h < count; h++) {
    const i = positions[h];
    const level = grayLevel(gray.data[i]);
    side[h] =
      alpha && alpha[i] < LABELLED_ALPHA
        ? 0
        : level < CANVAS_LEVEL || level === Math.round(grayOf(exactRgb[h * 3], exactRgb[h * 3 + 1], exactRgb[h * 3 + 2]))
          ? 1
          : -1;
    if (side[h] < 1) offDrawing = true;
  }
  if (!offDrawing) return hints;
  // Marks by union-find: positions are in raster order, so a pixel's neighbours to its left and above are found by
  // binary search among the pixels before it.
  const parent = Int32Array.from({ length: count }, (_, h) => h);
  const root = (h: number): number => {
    while (parent[h] !== h) h = parent[h] = parent[parent[h]];
    return h;
  };
  for (let h = 0; h < count; h++) {
    const i = positions[h];
    const x = i % width;
    for (let k = 0; k < 4; k++) {
      if ((x === 0 && k < 2) || (x === width - 1 && k === 3)) continue;
      const j = i - (k === 0 ? 1 : k === 1 ? width + 1 : k === 2 ? width : width - 1);
      let lo = 0;
      let hi = h;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (positions[mid] < j) lo = mid + 1;
        else hi = mid;
      }
      if (lo < h && positions[lo] === j) parent[root(lo)] = root(h);
    }
  }
  // Per mark (at its root): its pixels on the drawing less those on the canvas; a pixel stays when it lies on the mark's side.
  const lean = new Int32Array(count);
  for (let h = 0; h < count; h++) lean[root(h)] += side[h];
  const kept = new Uint8Array(count).map((_, h) => (side[h] === (lean[root(h)] >= 0 ? 1 : -1) ? 1 : 0));
  const keep = <T extends Int32Array | Uint8Array>(values: T, size: number): T => values.filter((_, c) => kept[(c / size) | 0]) as T;
  return { width, height: hints.height, positions: keep(positions, 1), paletteIndex: keep(hints.paletteIndex, 1), exactRgb: keep(exactRgb, 3) };
}
