import { MAX_IMAGE_SIDE } from './limits';

/**
 * Checks that width×height is a size Hueprint can work with — whole pixels,
 * at least 1×1, at most 4096 a side like Figma's images — and throws an
 * Error naming the image, the problem and what to do otherwise. Decoders call
 * it on the header before allocating pixels.
 */
export function assertImageSize(width: unknown, height: unknown, label = 'The image'): void {
  if (typeof width !== 'number' || typeof height !== 'number' || !Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new TypeError(`${label} has no valid size (width ${String(width)}, height ${String(height)}); sizes must be whole numbers of pixels.`);
  }
  if (width === 0 || height === 0) {
    throw new RangeError(`${label} is ${width}×${height} px, so it has no pixels. Use an image at least 1×1 px and try again.`);
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new RangeError(`${label} is ${width}×${height} px; Figma images are at most ${MAX_IMAGE_SIDE} px a side. Scale it down and try again.`);
  }
}
