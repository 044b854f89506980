/**
 * The mark each hint pixel belongs to: marks are 8-connected groups of hint
 * pixels, as a designer counts the dots and strokes they drew (one home for
 * countHintMarks and hintsWhereMarksLie). `positions` are the hint pixels of a
 * `width`-wide image in raster order (a HintMap's). Returns, per hint pixel,
 * the index of its mark's representative hint pixel, which is its own for
 * exactly one pixel per mark. Union-find over the hint pixels only: a pixel's
 * neighbours before it (left, and the three above) are the previous hint pixel
 * and a run found by a pointer that only moves forward, so one pass.
 */
export function markOfHintPixels(positions: Int32Array, width: number): Int32Array {
  const count = positions.length;
  const mark = new Int32Array(count);
  // The first hint pixel not before the current pixel's up-left neighbour.
  let above = 0;
  for (let h = 0; h < count; h++) {
    mark[h] = h;
    const i = positions[h];
    const x = i % width;
    if (x > 0 && h > 0 && positions[h - 1] === i - 1) mark[rootOf(mark, h - 1)] = rootOf(mark, h);
    const from = i - width - (x > 0 ? 1 : 0);
    const to = i - width + (x < width - 1 ? 1 : 0);
    while (above < h && positions[above] < from) above++;
    for (let a = above; a < h && positions[a] <= to; a++) mark[rootOf(mark, a)] = rootOf(mark, h);
  }
  for (let h = 0; h < count; h++) mark[h] = rootOf(mark, h);
  return mark;
}

function rootOf(mark: Int32Array, h: number): number {
  let r = h;
  while (mark[r] !== r) r = mark[r] = mark[mark[r]];
  return r;
}
