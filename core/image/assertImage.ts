import type { Rgba8Image } from '../types';
import { assertImageSize } from './assertImageSize';

/**
 * Checks that `img` is a usable Rgba8Image and throws an Error that names the
 * image, the problem and what to do otherwise. Run it where images enter
 * (decoders, plugin messages, public core entry points) so a bad image fails
 * there, clearly, instead of as a NaN deep inside training.
 *
 * @param label how the image is called in messages, e.g. a file or layer name.
 */
export function assertImage(img: unknown, label = 'The image'): asserts img is Rgba8Image {
  if (img === null || typeof img !== 'object') {
    throw new TypeError(`${label} is not an image (got ${img === null ? 'null' : typeof img}).`);
  }
  const { width, height, data } = img as { width?: unknown; height?: unknown; data?: unknown };
  assertImageSize(width, height, label);
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) {
    throw new TypeError(`${label} has no RGBA bytes (its data is not a Uint8Array). Export it again as PNG and try again.`);
  }
  const expected = (width as number) * (height as number) * 4;
  if (data.length !== expected) {
    throw new RangeError(
      `${label} is ${width}×${height} px, which needs ${expected} bytes of RGBA, but it has ${data.length}. ` +
        `Its pixels are damaged or not RGBA; export it again as PNG and try again.`,
    );
  }
}
