import type { PixelHints } from './HintMap';

/** Hint pixels → a hint index map of `pixels` pixels (palette index per pixel, -1 for none), as propagateHints reads. */
export function hintIndexOf(hints: PixelHints, pixels: number): Int32Array {
  const index = new Int32Array(pixels).fill(-1);
  hints.positions.forEach((i, h) => {
    index[i] = hints.paletteIndex[h];
  });
  return index;
}
