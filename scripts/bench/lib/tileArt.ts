import type { Rgba8Image } from '../../../core/types';

/**
 * A width×height RGBA image tiled from `images` in order (row-major, wrapping
 * around the list), each pasted at its own size on a grid of the largest
 * tile's size; uncovered pixels are opaque white, like a canvas.
 */
export function tileArt(images: readonly Rgba8Image[], width: number, height: number): Rgba8Image {
  if (images.length === 0) throw new Error('tileArt needs at least one image.');
  const cell = Math.max(...images.map((i) => Math.max(i.width, i.height)));
  const data = new Uint8Array(width * height * 4).fill(255);
  let n = 0;
  for (let ty = 0; ty < height; ty += cell) {
    for (let tx = 0; tx < width; tx += cell) {
      const image = images[n++ % images.length];
      const w = Math.min(image.width, width - tx);
      const h = Math.min(image.height, height - ty);
      for (let y = 0; y < h; y++) {
        const src = y * image.width * 4;
        data.set(image.data.subarray(src, src + w * 4), ((ty + y) * width + tx) * 4);
      }
    }
  }
  return { width, height, data };
}
