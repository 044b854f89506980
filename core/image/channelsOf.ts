import type { Raster } from './Raster';

/** Channels per pixel of a raster (4 for RGBA, 1 for gray and labels), checking the data length. */
export function channelsOf(img: Raster, caller: string): number {
  const n = img.width * img.height;
  const channels = n > 0 ? img.data.length / n : 0;
  if (!Number.isInteger(channels) || channels < 1) {
    throw new RangeError(`${caller}: a ${img.width}×${img.height} image cannot hold ${img.data.length} values.`);
  }
  return channels;
}
