import type { Palette, Rgba8Image } from '../core';

/**
 * A palette as an image: one square per colour, most frequent first, in
 * rows of `columns`, on a transparent background.
 */
export function renderSwatch(palette: Palette, cell = 32, columns = 8): Rgba8Image {
  const k = palette.frequency.length;
  const cols = Math.min(columns, k);
  const rows = Math.ceil(k / cols);
  const width = cols * cell;
  const height = rows * cell;
  const data = new Uint8Array(width * height * 4);
  for (let c = 0; c < k; c++) {
    const x0 = (c % cols) * cell;
    const y0 = Math.floor(c / cols) * cell;
    for (let y = y0; y < y0 + cell; y++) {
      for (let x = x0; x < x0 + cell; x++) {
        const p = (y * width + x) * 4;
        data[p] = palette.rgb[c * 3];
        data[p + 1] = palette.rgb[c * 3 + 1];
        data[p + 2] = palette.rgb[c * 3 + 2];
        data[p + 3] = 255;
      }
    }
  }
  return { width, height, data };
}
