import type { GrayImage, Rgba8Image } from '../types';

/**
 * An RGBA image → its gray image in [0, 1]: Gray = (0.21 R + 0.72 G + 0.07 B) / 255
 * (see grayOf).
 *
 * Transparency: colour is composited over `background` (a gray level in
 * [0, 1], white by default) in proportion to alpha, so a fully transparent
 * pixel reads as the canvas behind it rather than as whatever RGB the encoder
 * left there (often black, which would look like ink to the network). Pass
 * `background = null` to ignore alpha entirely.
 */
export function toGrayImage(img: Rgba8Image, background: number | null = 1): GrayImage {
  const n = img.width * img.height;
  const src = img.data;
  if (src.length !== n * 4) {
    throw new RangeError(`toGrayImage: a ${img.width}×${img.height} image needs ${n * 4} bytes, got ${src.length}.`);
  }
  const out = new Float32Array(n);
  const wr = 0.21 / 255;
  const wg = 0.72 / 255;
  const wb = 0.07 / 255;
  if (background === null) {
    for (let i = 0, s = 0; i < n; i++, s += 4) out[i] = wr * src[s] + wg * src[s + 1] + wb * src[s + 2];
  } else {
    for (let i = 0, s = 0; i < n; i++, s += 4) {
      const g = wr * src[s] + wg * src[s + 1] + wb * src[s + 2];
      const a = src[s + 3];
      out[i] = a === 255 ? g : (a * g + (255 - a) * background) / 255;
    }
  }
  return { width: img.width, height: img.height, data: out };
}
