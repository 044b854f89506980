import type { Raster } from './Raster';
import { channelsOf } from './channelsOf';
import { checkTargetSize } from './checkTargetSize';

/**
 * Nearest-neighbour resize of any raster (pixel centres aligned). The right
 * resize for label maps: palette indices must not be averaged.
 */
export function resizeNearest<T extends Raster>(img: T, width: number, height: number): T {
  checkTargetSize('resizeNearest', width, height);
  const channels = channelsOf(img, 'resizeNearest');
  const Ctor = img.data.constructor as new (length: number) => T['data'];
  const data = new Ctor(width * height * channels);
  const src = img.data;
  const sxs = new Int32Array(width);
  for (let x = 0; x < width; x++) sxs[x] = Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / width));
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / height));
    for (let x = 0; x < width; x++) {
      const s = (sy * img.width + sxs[x]) * channels;
      const d = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) data[d + c] = src[s + c];
    }
  }
  return { width, height, data } as T;
}
