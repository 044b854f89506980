import type { Rgba8Image } from '../types';
import { checkTargetSize } from './checkTargetSize';

/**
 * Resizes an RGBA image by nearest neighbour (each output pixel copies the source pixel under its centre): a flat
 * palette colouring stays made of palette colours, where averaging would invent blends no model predicted.
 */
export function resizeNearest(img: Rgba8Image, width: number, height: number): Rgba8Image {
  checkTargetSize('resizeNearest', width, height);
  const data = new Uint8Array(width * height * 4);
  const src = img.data;
  for (let y = 0, o = 0; y < height; y++) {
    const row = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / height)) * img.width;
    for (let x = 0; x < width; x++, o += 4) {
      const i = (row + Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / width))) * 4;
      data[o] = src[i];
      data[o + 1] = src[i + 1];
      data[o + 2] = src[i + 2];
      data[o + 3] = src[i + 3];
    }
  }
  return { width, height, data };
}
