import type { Raster } from './Raster';
import { channelsOf } from './channelsOf';

/**
 * The width×height window at (x, y) of an RGBA image, gray image or label
 * map, copied (same kind as the input). Training crops gray input and labels
 * with the same call so they stay aligned. The window must lie inside.
 */
export function cropImage<T extends Raster>(img: T, x: number, y: number, width: number, height: number): T {
  const channels = channelsOf(img, 'cropImage');
  if (![x, y, width, height].every(Number.isInteger) || width < 1 || height < 1 || x < 0 || y < 0 ||
      x + width > img.width || y + height > img.height) {
    throw new RangeError(
      `cropImage: the window ${width}×${height} at (${x}, ${y}) does not fit inside the ${img.width}×${img.height} image.`,
    );
  }
  const Ctor = img.data.constructor as new (length: number) => T['data'];
  const data = new Ctor(width * height * channels);
  const rowLen = width * channels;
  for (let r = 0; r < height; r++) {
    const s = ((y + r) * img.width + x) * channels;
    data.set(img.data.subarray(s, s + rowLen) as ArrayLike<number>, r * rowLen);
  }
  return { width, height, data } as T;
}
