import type { Rgba8Image } from '../types';
import { checkTargetSize } from './checkTargetSize';
import { premultiply } from './premultiply';
import { resampleBilinear } from './resampleBilinear';
import { unpremultiply } from './unpremultiply';

/**
 * Upscales an RGBA image bilinearly (half-pixel centres), in premultiplied
 * alpha so transparent neighbours do not darken edges. For downscaling by
 * more than 2× prefer resizeAreaAverage: bilinear then skips pixels and
 * aliases thin lines away.
 */
export function resizeBilinear(img: Rgba8Image, width: number, height: number): Rgba8Image {
  checkTargetSize('resizeBilinear', width, height);
  if (width === img.width && height === img.height) return { width, height, data: new Uint8Array(img.data) };
  const out = resampleBilinear(premultiply(img), 4, img.width, img.height, width, height);
  return unpremultiply(out, width, height);
}
