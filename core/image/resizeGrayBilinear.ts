import type { GrayImage } from '../types';
import { checkTargetSize } from './checkTargetSize';
import { resampleBilinear } from './resampleBilinear';

/**
 * Bilinear resize of a gray image (half-pixel centres), e.g. to bring a
 * colorized working-size result back to the full resolution of the input.
 */
export function resizeGrayBilinear(img: GrayImage, width: number, height: number): GrayImage {
  checkTargetSize('resizeGrayBilinear', width, height);
  if (width === img.width && height === img.height) return { width, height, data: new Float32Array(img.data) };
  return { width, height, data: resampleBilinear(img.data, 1, img.width, img.height, width, height) };
}
