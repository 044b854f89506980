import { grayOf } from '../colour/grayOf';
import { LABELLED_ALPHA } from '../image/limits';
import { grayLevel } from '../inputs/grayLevel';
import type { GrayImage } from '../types';
import type { HintMap } from './HintMap';
import { markOfHintPixels } from './markOfHintPixels';
import { markSpill } from './markSpill';
import { CANVAS_LEVEL } from './simulateHints';

/**
 * The hints a designer meant: each mark (8-connected hint pixels, see
 * markOfHintPixels) colours the side most of its pixels lie on, the drawing
 * or the white canvas around it (gray ≥ CANVAS_LEVEL, as simulateHints), and
 * its pixels on the other side are no hints (ties go to the drawing). A dot
 * placed on a part near its edge, partly over the canvas, colours the part:
 * its canvas pixels flooded the whole canvas with the hint's colour (the
 * paint bucket over white, then the model's regions). A mark mostly on the
 * canvas still colours the canvas, as asked. Pixels where the art is
 * transparent (alpha < LABELLED_ALPHA) show nothing and are never hints.
 * A hint pixel the art shows itself (partly coloured art: splitHints turns
 * a hint to its own gray) lies on the drawing, however light. On the
 * drawing, a mark colours the part most of it lies on: the pixels it spills
 * onto a neighbouring part are no hints either (see markSpill).
 *
 * `gray` is the art (composited on white, see toGrayImage), `alpha` its
 * alpha when it has one. Visits only the hint pixels; returns `hints` itself
 * when every pixel stays.
 */
export function hintsWhereMarksLie(hints: HintMap, gray: GrayImage, alpha?: Uint8Array): HintMap {
  const { width, positions, exactRgb } = hints;
  const count = positions.length;
  // Per hint pixel, the art's gray level there.
  const level = new Uint8Array(count);
  // Per hint pixel: 1 on the drawing, -1 on the canvas, 0 on no art.
  const side = new Int8Array(count);
  // Whether any pixel lies off the drawing, or over art of another gray than its colour's (a mark that may spill).
  let anyOff = false;
  for (let h = 0; h < count; h++) {
    const i = positions[h];
    level[h] = grayLevel(gray.data[i]);
    const own = level[h] === Math.round(grayOf(exactRgb[h * 3], exactRgb[h * 3 + 1], exactRgb[h * 3 + 2]));
    side[h] = alpha && alpha[i] < LABELLED_ALPHA ? 0 : level[h] < CANVAS_LEVEL || own ? 1 : -1;
    if (side[h] < 1 || !own) anyOff = true;
  }
  // Art coloured in its own colours (every hint its own gray, on the drawing) keeps every hint, without finding its marks.
  if (!anyOff) return hints;
  // Per mark (at its representative pixel): its pixels on the drawing less those on the canvas; a pixel stays when it
  // lies on its mark's side, and is no spill onto a part beside the one its mark colours (see markSpill).
  const mark = markOfHintPixels(positions, width);
  const lean = new Int32Array(count);
  for (let h = 0; h < count; h++) lean[mark[h]] += side[h];
  const onDrawing = new Uint8Array(count);
  for (let h = 0; h < count; h++) onDrawing[h] = side[h] === 1 && lean[mark[h]] >= 0 ? 1 : 0;
  // Per hint pixel, 1 where it is no hint: spilt (see markSpill), or off its mark's side.
  const dropped = markSpill(positions, exactRgb, mark, onDrawing, level, width);
  let anyDropped = false;
  for (let h = 0; h < count; h++) {
    if (side[h] !== (lean[mark[h]] >= 0 ? 1 : -1)) dropped[h] = 1;
    if (dropped[h]) anyDropped = true;
  }
  if (!anyDropped) return hints;
  const keptPositions = new Int32Array(count);
  const keptIndex = new Int32Array(count);
  const keptRgb = new Uint8Array(count * 3);
  let kept = 0;
  for (let h = 0; h < count; h++) {
    if (dropped[h]) continue;
    keptPositions[kept] = positions[h];
    keptIndex[kept] = hints.paletteIndex[h];
    for (let c = 0; c < 3; c++) keptRgb[kept * 3 + c] = exactRgb[h * 3 + c];
    kept++;
  }
  return { width, height: hints.height, positions: keptPositions.slice(0, kept), paletteIndex: keptIndex.slice(0, kept), exactRgb: keptRgb.slice(0, kept * 3) };
}
