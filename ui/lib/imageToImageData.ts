import type { Rgba8Image } from '../../core/types';

/** Wraps (without copying) an Rgba8Image as ImageData for a canvas. */
export function imageToImageData(image: Rgba8Image): ImageData {
  const { data } = image;
  const clamped = data instanceof Uint8ClampedArray ? data : new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  return new ImageData(clamped as Uint8ClampedArray<ArrayBuffer>, image.width, image.height);
}
