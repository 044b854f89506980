import type { Raster } from './Raster';
import { channelsOf } from './channelsOf';

/**
 * Mirror image left↔right of an RGBA image, gray image or label map (a copy
 * of the same kind). Used for augmentation: a mirrored drawing keeps its
 * colour style, so it doubles the training data for free.
 */
export function flipHorizontal<T extends Raster>(img: T): T {
  const channels = channelsOf(img, 'flipHorizontal');
  const { width, height } = img;
  const Ctor = img.data.constructor as new (length: number) => T['data'];
  const data = new Ctor(img.data.length);
  const src = img.data;
  for (let y = 0; y < height; y++) {
    const row = y * width * channels;
    for (let x = 0; x < width; x++) {
      const s = row + x * channels;
      const d = row + (width - 1 - x) * channels;
      for (let c = 0; c < channels; c++) data[d + c] = src[s + c];
    }
  }
  return { width, height, data } as T;
}
