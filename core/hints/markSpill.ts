import { SAME_GRAY_LEVELS } from './propagateHints';

/**
 * Which hint pixels are a mark's spill: a dot meant for one part that runs a
 * pixel or two over onto its neighbour. A designer's dot of the undershirt's
 * dark red on toonhead-cast test/021 covered 12 undershirt pixels (gray 50)
 * and one of the red jacket beside it (gray 62); that one pixel flooded the
 * whole jacket (1,001 px) with the undershirt's colour, as a paint bucket
 * would. A mark colours the part most of it lies on: among a mark's pixels
 * on the drawing (`over`), the gray window (±SAME_GRAY_LEVELS) holding the
 * most is the part meant, and the mark's colour is the one more than half
 * of those pixels have (none: a mark of several colours has no spill). Each
 * 4-connected group of the mark's other pixels of that colour (neighbours
 * within SAME_GRAY_LEVELS of each other) smaller than half of the part
 * meant is spill: an antialiased rim, a neighbour's edge, a glint inside. A
 * larger group is meant too (a stroke across a part's light and shadow),
 * and so is a pixel of another colour (art painted in its true colours, a
 * shade per part). A dot (a mark whose box has no side more than twice the
 * other) is aimed at one part, so a group under three quarters of the part
 * meant is its spill: a 5-px Figma dot with 2 of its 5 columns over the
 * jacket (8 px against 13) had coloured the jacket too (toon 021 81.8% →
 * 92.8% within 12 per channel, as with the dot wholly inside), and a dot on
 * a Noto deer's leg with 3 of its 8 pixels on the body gave the whole body
 * its pale colour. A stroke as much on each of two parts colours both, and
 * so does a dot split evenly across a seam (11 and 11: which was meant?).
 *
 * `positions` are the hint pixels in raster order of a `width`-wide image,
 * `exactRgb` their colours, `mark` their marks (see markOfHintPixels),
 * `level` the art's gray level at each. Returns 1 per spilt hint pixel;
 * visits only the hint pixels (a neighbour is found by binary search).
 */
export function markSpill(positions: Int32Array, exactRgb: Uint8Array, mark: Int32Array, over: Uint8Array, level: Uint8Array, width: number): Uint8Array {
  const count = positions.length;
  const spill = new Uint8Array(count);
  const colour = new Int32Array(count);
  for (let h = 0; h < count; h++) colour[h] = (exactRgb[h * 3] << 16) | (exactRgb[h * 3 + 1] << 8) | exactRgb[h * 3 + 2];
  // Hint pixels grouped by mark (counting sort on the representative), with each mark's start.
  const start = new Int32Array(count + 1);
  for (let h = 0; h < count; h++) start[mark[h] + 1]++;
  for (let h = 0; h < count; h++) start[h + 1] += start[h];
  const byMark = new Int32Array(count);
  const next = start.slice(0, count);
  for (let h = 0; h < count; h++) byMark[next[mark[h]]++] = h;
  const histogram = new Int32Array(256);
  const stack = new Int32Array(count);
  const group = new Int32Array(count);
  const seen = new Uint8Array(count);
  for (let m = 0; m < count; m++) {
    const from = start[m];
    const to = start[m + 1];
    if (to - from < 2) continue;
    let overCount = 0;
    // The mark's box: a dot (no side more than twice the other) spills whatever of it is not on the part meant.
    let left = width;
    let right = -1;
    let top = Infinity;
    let bottom = -1;
    for (let k = from; k < to; k++) {
      const i = positions[byMark[k]];
      const x = i % width;
      const y = (i - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
    const across = right - left + 1;
    const down = bottom - top + 1;
    const dot = across <= 2 * down && down <= 2 * across;
    for (let k = from; k < to; k++) {
      const h = byMark[k];
      if (!over[h]) continue;
      histogram[level[h]]++;
      overCount++;
    }
    if (overCount >= 2) {
      // The part meant: the gray window with the most of the mark's pixels over the art (a sliding sum over the levels).
      let meant = 0;
      let most = -1;
      let sum = 0;
      for (let d = 0; d <= SAME_GRAY_LEVELS; d++) sum += histogram[d];
      for (let l = 0; l < 256; l++) {
        if (sum > most) {
          most = sum;
          meant = l;
        }
        if (l + SAME_GRAY_LEVELS + 1 < 256) sum += histogram[l + SAME_GRAY_LEVELS + 1];
        if (l - SAME_GRAY_LEVELS >= 0) sum -= histogram[l - SAME_GRAY_LEVELS];
      }
      // The mark's colour on that part: the one most of its pixels there have, if any has most (Boyer–Moore majority).
      let main = -1;
      let lead = 0;
      for (let k = from; k < to; k++) {
        const h = byMark[k];
        if (!over[h] || Math.abs(level[h] - meant) > SAME_GRAY_LEVELS) continue;
        if (lead === 0) main = colour[h];
        lead += sameColour(colour[h], main) ? 1 : -1;
      }
      let share = 0;
      for (let k = from; k < to; k++) {
        const h = byMark[k];
        if (over[h] && sameColour(colour[h], main) && Math.abs(level[h] - meant) <= SAME_GRAY_LEVELS) share++;
      }
      if (share * 2 > most) {
        for (let k = from; k < to; k++) {
          const h = byMark[k];
          if (seen[h] || !over[h] || !sameColour(colour[h], main) || Math.abs(level[h] - meant) <= SAME_GRAY_LEVELS) continue;
          let size = 0;
          let top = 0;
          stack[top++] = h;
          seen[h] = 1;
          while (top > 0) {
            const g = stack[--top];
            group[size++] = g;
            const i = positions[g];
            const x = i % width;
            for (let d = 0; d < 4; d++) {
              const j = d === 0 ? (x > 0 ? i - 1 : -1) : d === 1 ? (x < width - 1 ? i + 1 : -1) : d === 2 ? i - width : i + width;
              const o = j < 0 ? -1 : hintAt(positions, j);
              if (o < 0 || seen[o] || mark[o] !== mark[h] || !over[o] || !sameColour(colour[o], main)) continue;
              if (Math.abs(level[o] - meant) <= SAME_GRAY_LEVELS || Math.abs(level[o] - level[g]) > SAME_GRAY_LEVELS) continue;
              seen[o] = 1;
              stack[top++] = o;
            }
          }
          if (dot ? size * 4 < most * 3 : size * 2 < most) for (let q = 0; q < size; q++) spill[group[q]] = 1;
        }
      }
    }
    for (let k = from; k < to; k++) if (over[byMark[k]]) histogram[level[byMark[k]]] = 0;
  }
  return spill;
}

/**
 * How far (per channel, of 255) a mark's pixel may lie from its colour and
 * still be that colour: Figma exports a mark's antialiased edge premultiplied
 * in 8 bits, and un-premultiplied its pixels of alpha 128 or more come back
 * a level or two off (#8e1919 as #8e1818, #8f1a1a). Read as other colours,
 * they were "art painted in its true colours" and a Figma dot's pixels over
 * the jacket were never spill (a designer's trial, the plugin: 80.1% where
 * the CLI's clean disc gave 92.8%).
 */
const MARK_COLOUR_DRIFT = 2;

/** Whether two packed RGB colours are one mark colour (see MARK_COLOUR_DRIFT). */
function sameColour(a: number, b: number): boolean {
  return (
    Math.abs((a >> 16) - (b >> 16)) <= MARK_COLOUR_DRIFT &&
    Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) <= MARK_COLOUR_DRIFT &&
    Math.abs((a & 255) - (b & 255)) <= MARK_COLOUR_DRIFT
  );
}

/** The hint pixel at image pixel `i` (binary search: `positions` are in raster order), or -1. */
function hintAt(positions: Int32Array, i: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = positions[mid];
    if (p === i) return mid;
    if (p < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
