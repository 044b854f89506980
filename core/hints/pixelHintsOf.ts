import type { PixelHints } from './HintMap';

/** A hint index map (palette index per pixel, -1 for none) → its hint pixels, in raster order. */
export function pixelHintsOf(index: Int32Array): PixelHints {
  const positions: number[] = [];
  for (let i = 0; i < index.length; i++) if (index[i] >= 0) positions.push(i);
  return { positions: Int32Array.from(positions), paletteIndex: Int32Array.from(positions, (i) => index[i]) };
}
