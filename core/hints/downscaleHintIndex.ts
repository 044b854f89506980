import { hintPositionsOf } from './hintPositionsOf';

/** A hint index map brought down to a smaller scale (see downscaleHintIndex). */
export interface DownscaledHints {
  /** [sw × sh]: the palette index most hint pixels inside each small pixel carry, or -1. */
  readonly index: Int32Array;
  /** [sw × sh]: for each small hint pixel, a full-resolution hint pixel (row-major position) of its index inside it, or -1. */
  readonly source: Int32Array;
}

/**
 * A hint index map (palette index per pixel, -1 for none) of a w × h image
 * brought down to sw × sh: each small pixel takes the hint most of the hint
 * pixels inside it carry (ties to the index that got there first), so even a mark
 * smaller than a small pixel still reaches the model; `source` leads each
 * small hint back to a full-resolution hint pixel of its colour. Visits
 * only the hint pixels (`positions`, found by a scan when not given).
 */
export function downscaleHintIndex(index: Int32Array, w: number, h: number, sw: number, sh: number, positions = hintPositionsOf(index)): DownscaledHints {
  if (index.length !== w * h) throw new RangeError(`downscaleHintIndex: ${index.length} hints for ${w}×${h} pixels.`);
  const out = new Int32Array(sw * sh).fill(-1);
  const source = new Int32Array(sw * sh).fill(-1);
  // Votes per (small pixel, index), counted only where hints are.
  const votes = new Map<number, number>();
  const most = new Int32Array(sw * sh);
  for (const i of positions) {
    const x = i % w;
    const to = Math.min(sh - 1, Math.floor((((i - x) / w) * sh) / h)) * sw + Math.min(sw - 1, Math.floor((x * sw) / w));
    const c = index[i];
    const key = to * 65536 + c;
    const count = (votes.get(key) ?? 0) + 1;
    votes.set(key, count);
    if (count > most[to]) {
      most[to] = count;
      if (out[to] !== c) {
        out[to] = c;
        source[to] = -1;
      }
    }
    if (out[to] === c && source[to] < 0) source[to] = i;
  }
  return { index: out, source };
}
