import { SAME_GRAY_LEVELS } from './propagateHints';

/**
 * Which hint pixels are a mark's spill: a dot meant for one part that runs a
 * pixel or two over onto its neighbour. A designer's dot of the undershirt's
 * dark red on toonhead-cast test/021 covered 12 undershirt pixels (gray 50)
 * and one of the red jacket beside it (gray 62); that one pixel flooded the
 * whole jacket (1,001 px) with the undershirt's colour, as a paint bucket
 * would. A mark colours the part most of it lies on: among a mark's pixels
 * on the drawing (`over`), the gray window (±SAME_GRAY_LEVELS) holding the
 * most is the part meant, and each 4-connected group of its other pixels of
 * the mark's colour there (neighbours within SAME_GRAY_LEVELS of each
 * other) smaller than half of it is spill: an antialiased rim, a
 * neighbour's edge, a glint inside. A larger group is meant too (a stroke
 * across a part's light and shadow), and so is a pixel of another colour
 * (art painted in its true colours, a shade per part). Marks are `mark` (see markOfHintPixels), `level` the art's gray
 * levels, `positions` the hint pixels in raster order of a `width`-wide image.
 * `exactRgb` are the hint pixels' colours. Returns 1 per spilt hint pixel; visits only the hint pixels.
 */
export function markSpill(positions: Int32Array, exactRgb: Uint8Array, mark: Int32Array, over: Uint8Array, level: Uint8Array, width: number): Uint8Array {
  const count = positions.length;
  const colour = new Int32Array(count);
  for (let h = 0; h < count; h++) colour[h] = (exactRgb[h * 3] << 16) | (exactRgb[h * 3 + 1] << 8) | exactRgb[h * 3 + 2];
  const spill = new Uint8Array(count);
  // Hint pixels grouped by mark (counting sort on the representative), with each mark's start.
  const start = new Int32Array(count + 1);
  for (let h = 0; h < count; h++) start[mark[h] + 1]++;
  for (let h = 0; h < count; h++) start[h + 1] += start[h];
  const byMark = new Int32Array(count);
  const next = start.slice(0, count);
  for (let h = 0; h < count; h++) byMark[next[mark[h]]++] = h;
  // Per pixel of the image it visits: the hint pixel there (+1), for the 4-neighbour walk; cleared per mark.
  const at = new Map<number, number>();
  const histogram = new Int32Array(256);
  const stack: number[] = [];
  const group: number[] = [];
  const seen = new Uint8Array(count);
  for (let m = 0; m < count; m++) {
    const from = start[m];
    const to = start[m + 1];
    if (to - from < 2) continue;
    let overCount = 0;
    for (let k = from; k < to; k++) {
      const h = byMark[k];
      if (!over[h]) continue;
      histogram[level[positions[h]]]++;
      overCount++;
    }
    if (overCount >= 2) {
      // The part meant: the gray window with the most of the mark's pixels over the art.
      let meant = 0;
      let most = -1;
      for (let l = 0; l < 256; l++) {
        let sum = 0;
        for (let d = Math.max(0, l - SAME_GRAY_LEVELS); d <= Math.min(255, l + SAME_GRAY_LEVELS); d++) sum += histogram[d];
        if (sum > most) {
          most = sum;
          meant = l;
        }
      }
      // The mark's colour on that part: the commonest there. Only that colour spills (true colours painted in differ by part).
      const votes = new Map<number, number>();
      let main = -1;
      let mainVotes = 0;
      for (let k = from; k < to; k++) {
        const h = byMark[k];
        if (!over[h] || Math.abs(level[positions[h]] - meant) > SAME_GRAY_LEVELS) continue;
        const v = (votes.get(colour[h]) ?? 0) + 1;
        votes.set(colour[h], v);
        if (v > mainVotes) {
          mainVotes = v;
          main = colour[h];
        }
      }
      at.clear();
      for (let k = from; k < to; k++) at.set(positions[byMark[k]], byMark[k]);
      for (let k = from; k < to; k++) {
        const h = byMark[k];
        if (seen[h] || !over[h] || colour[h] !== main || Math.abs(level[positions[h]] - meant) <= SAME_GRAY_LEVELS) continue;
        group.length = 0;
        stack.push(h);
        seen[h] = 1;
        while (stack.length > 0) {
          const g = stack.pop() as number;
          group.push(g);
          const i = positions[g];
          const x = i % width;
          for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
            const o = at.get(j);
            if (o === undefined || seen[o] || !over[o] || colour[o] !== main) continue;
            if (Math.abs(level[j] - meant) <= SAME_GRAY_LEVELS || Math.abs(level[j] - level[i]) > SAME_GRAY_LEVELS) continue;
            seen[o] = 1;
            stack.push(o);
          }
        }
        if (group.length * 2 < most) for (const g of group) spill[g] = 1;
      }
    }
    for (let k = from; k < to; k++) if (over[byMark[k]]) histogram[level[positions[byMark[k]]]] = 0;
  }
  return spill;
}
