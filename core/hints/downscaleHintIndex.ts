import type { PixelHints } from './HintMap';

/** A hint index map brought down to a smaller scale (see downscaleHintIndex). */
export interface DownscaledHints {
  /** [sw × sh]: the palette index most hint pixels inside each small pixel carry, or -1. */
  readonly index: Int32Array;
  /** [sw × sh]: for each small hint pixel, a full-resolution hint pixel of its index inside it (its place in `positions`), or -1. */
  readonly source: Int32Array;
}

/**
 * The hint pixels of a w × h image brought down to a hint index map of
 * sw × sh: each small pixel takes the hint most of the hint pixels inside it
 * carry (ties to the index that got there first), so even a mark smaller
 * than a small pixel still reaches the model; `source` leads each small
 * hint back to a full-resolution hint pixel of its colour. Visits only the
 * hint pixels.
 */
export function downscaleHintIndex(hints: PixelHints, w: number, h: number, sw: number, sh: number): DownscaledHints {
  const { positions, paletteIndex } = hints;
  const out = new Int32Array(sw * sh).fill(-1);
  const source = new Int32Array(sw * sh).fill(-1);
  // Votes per (small pixel, index), counted only where hints are.
  const votes = new Map<number, number>();
  const most = new Int32Array(sw * sh);
  for (let hint = 0; hint < positions.length; hint++) {
    const i = positions[hint];
    const x = i % w;
    const to = Math.min(sh - 1, Math.floor((((i - x) / w) * sh) / h)) * sw + Math.min(sw - 1, Math.floor((x * sw) / w));
    const c = paletteIndex[hint];
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
    if (out[to] === c && source[to] < 0) source[to] = hint;
  }
  return { index: out, source };
}
