import type { Rgba8Image } from '../types';
import { assertImage } from './assertImage';

/**
 * A new width×height RGBA image, filled with `fill` ([r, g, b, a], fully
 * transparent black by default). Sizes are checked like any incoming image.
 */
export function createImage(width: number, height: number, fill: ArrayLike<number> = [0, 0, 0, 0]): Rgba8Image {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`createImage: ${width}×${height} is not a size in whole pixels.`);
  }
  const data = new Uint8Array(width * height * 4);
  const [r, g, b, a] = [fill[0] ?? 0, fill[1] ?? 0, fill[2] ?? 0, fill[3] ?? 255];
  if (r !== 0 || g !== 0 || b !== 0 || a !== 0) {
    const first = new Uint8Array([r, g, b, a]);
    const pixel = new Uint32Array(first.buffer)[0];
    new Uint32Array(data.buffer).fill(pixel);
  }
  const img = { width, height, data };
  assertImage(img, `A new ${width}×${height} image`);
  return img;
}
