import type { Rgba8Image } from '../../core/types';
import { createCanvas2d } from './createCanvas2d';
import { imageToImageData } from './imageToImageData';

/**
 * Scales an image down so neither side exceeds `maxSide` (never up).
 * `smooth: false` samples nearest pixels, so a flat-palette result keeps only
 * palette colours; `smooth: true` filters, for photos and shading.
 */
export function scaleToFit(image: Rgba8Image, maxSide: number, smooth: boolean): Rgba8Image {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const source = createCanvas2d(image.width, image.height);
  source.putImageData(imageToImageData(image), 0, 0);
  const target = createCanvas2d(width, height);
  target.imageSmoothingEnabled = smooth;
  if (smooth) target.imageSmoothingQuality = 'high';
  target.drawImage(source.canvas, 0, 0, width, height);
  return { width, height, data: target.getImageData(0, 0, width, height).data };
}
