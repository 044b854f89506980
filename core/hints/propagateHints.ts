import { grayLevel } from '../inputs/grayLevel';
import { floodFromSeeds } from './floodFromSeeds';

/** Where each hint reaches by gray alone, before any learning (see propagateHints). */
export interface HintPropagation {
  /** [pixels]: the palette index of the hint whose same-gray connected region holds the pixel (the paint bucket), or -1. */
  readonly fill: Int32Array;
  /** [pixels]: outside every filled region, the palette index hints gave to this pixel's gray level elsewhere, or -1. */
  readonly global: Int32Array;
}

/**
 * Gray levels (of 255) within which two pixels count as "the same gray" of a
 * flat region: antialiasing and lossy export move a flat fill by a level or two.
 */
export const SAME_GRAY_LEVELS = 5;

/**
 * The designer's paint bucket, and its global twin. `fill`: a flood fill
 * (4-connected, all hints at once, nearest hint first) from every hint pixel
 * over the pixels within SAME_GRAY_LEVELS of that hint pixel's gray. `global`:
 * every other pixel whose gray level is within SAME_GRAY_LEVELS of a hinted
 * level takes the colour most hint pixels of that level have, since flat art
 * reuses a part's gray where the part appears again (both eyes, both hands)
 * across outlines a flood fill cannot cross. Both are host-side model inputs;
 * the network learns how far to trust them.
 */
export function propagateHints(gray: Float32Array, width: number, height: number, hintIndex: Int32Array, tolerance = SAME_GRAY_LEVELS): HintPropagation {
  const n = width * height;
  if (gray.length !== n || hintIndex.length !== n)
    throw new RangeError(`propagateHints: ${gray.length} gray values and ${hintIndex.length} hints for ${width}×${height} pixels.`);
  const level = new Uint8Array(n);
  for (let i = 0; i < n; i++) level[i] = grayLevel(gray[i]);
  const fill = new Int32Array(n).fill(-1);
  const seedLevel = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  const votes = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = hintIndex[i];
    if (c < 0) continue;
    fill[i] = c;
    seedLevel[i] = level[i];
    queue[tail++] = i;
    const key = level[i] * 65536 + c;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  if (tail === 0) return { fill, global: new Int32Array(n).fill(-1) };
  floodFromSeeds(width, queue, tail, (from, to) => {
    const s = seedLevel[from];
    if (fill[to] >= 0 || Math.abs(level[to] - s) > tolerance) return false;
    fill[to] = fill[from];
    seedLevel[to] = s;
    return true;
  });
  // Per gray level, the colour with the most hint pixels within tolerance.
  const best = new Int32Array(256).fill(-1);
  const bestVotes = new Float64Array(256);
  const perLevel = new Map<number, number>();
  for (const [key, count] of votes) {
    const l = Math.floor(key / 65536);
    const c = key % 65536;
    for (let m = Math.max(0, l - tolerance); m <= Math.min(255, l + tolerance); m++) {
      const k2 = m * 65536 + c;
      perLevel.set(k2, (perLevel.get(k2) ?? 0) + count);
    }
  }
  for (const [key, count] of perLevel) {
    const l = Math.floor(key / 65536);
    if (count > bestVotes[l]) {
      bestVotes[l] = count;
      best[l] = key % 65536;
    }
  }
  const global = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (fill[i] < 0) global[i] = best[level[i]];
  return { fill, global };
}
