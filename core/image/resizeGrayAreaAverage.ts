import type { GrayImage } from '../types';
import { checkTargetSize } from './checkTargetSize';
import { resampleArea } from './resampleArea';

/** Area-average resize of a gray image (see resizeAreaAverage); values stay in the input's range. */
export function resizeGrayAreaAverage(img: GrayImage, width: number, height: number): GrayImage {
  checkTargetSize('resizeGrayAreaAverage', width, height);
  if (width === img.width && height === img.height) return { width, height, data: new Float32Array(img.data) };
  return { width, height, data: resampleArea(img.data, 1, img.width, img.height, width, height) };
}
