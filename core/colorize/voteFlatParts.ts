import { grayLevels } from '../inputs/grayLevels';
import { CANVAS_LEVEL } from '../hints/simulateHints';

/** Gray levels (of 255) from a part's first pixel within which its pixels count as one flat part. */
export const FLAT_PART_LEVELS = 2;
/** Fewest pixels of a flat part that votes: smaller runs of one gray are antialiasing and specks, left as decided. */
export const FLAT_PART_PIXELS = 8;

/**
 * One flat part, one colour. Flat art fills each part with a single colour,
 * so the pixels of a connected region of one gray are one colour, and a
 * network deciding pixel by pixel from a small window, where it hesitates
 * between two colours, speckles the part with both (a stem orange and
 * blue, a cherry's body two browns). Each 4-connected region of pixels
 * within FLAT_PART_LEVELS of its first pixel's gray, of at least
 * FLAT_PART_PIXELS, takes the colour most of its pixels were decided; the
 * hard, flat-art case of Levin, Lischinski and Weiss's premise (Colorization
 * using Optimization, SIGGRAPH 2004) that neighbours of like intensity have
 * like colours. Pixels `fixed` holds (≥ 0: a hint's paint bucket, decided
 * by the designer) neither vote nor change, nor does the canvas (gray ≥
 * CANVAS_LEVEL). Shading and antialiased edges are runs of several grays
 * and stay per pixel (see unmixEdges). Sets `decided` in place; typed
 * arrays, one pass over the pixels.
 */
export function voteFlatParts(decided: Int32Array, gray: Float32Array, width: number, k: number, fixed?: Int32Array): void {
  const n = decided.length;
  const level = grayLevels(gray);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const votes = new Int32Array(k);
  for (let s = 0; s < n; s++) {
    if (seen[s] || level[s] >= CANVAS_LEVEL || (fixed !== undefined && fixed[s] >= 0)) continue;
    const target = level[s];
    seen[s] = 1;
    let tail = 0;
    queue[tail++] = s;
    for (let head = 0; head < tail; head++) {
      const i = queue[head];
      const x = i % width;
      for (let d = 0; d < 4; d++) {
        const j = d === 0 ? (x > 0 ? i - 1 : -1) : d === 1 ? (x < width - 1 ? i + 1 : -1) : d === 2 ? i - width : i + width < n ? i + width : -1;
        if (j < 0 || seen[j] || Math.abs(level[j] - target) > FLAT_PART_LEVELS || (fixed !== undefined && fixed[j] >= 0)) continue;
        seen[j] = 1;
        queue[tail++] = j;
      }
    }
    if (tail < FLAT_PART_PIXELS) continue;
    let best = -1;
    let most = 0;
    for (let q = 0; q < tail; q++) {
      const c = decided[queue[q]];
      if (c < 0) continue;
      const v = ++votes[c];
      if (v > most) {
        most = v;
        best = c;
      }
    }
    for (let q = 0; q < tail; q++) {
      const i = queue[q];
      if (decided[i] >= 0) votes[decided[i]] = 0;
    }
    if (best >= 0) for (let q = 0; q < tail; q++) decided[queue[q]] = best;
  }
}
