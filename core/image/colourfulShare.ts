import type { Rgba8Image } from '../types';

/**
 * The share of an image's opaque pixels that carry colour (max − min of R, G
 * and B above `threshold`). Gray art, even tinted by JPEG noise or a warm
 * scan, scores near 0; colour art well above. The plugin uses it to warn
 * before colorizing art that already has colours of its own.
 */
export function colourfulShare(image: Rgba8Image, threshold = 24): number {
  const d = image.data;
  let opaque = 0;
  let colourful = 0;
  for (let p = 0; p < d.length; p += 4) {
    if (d[p + 3] < 128) continue;
    opaque++;
    const r = d[p];
    const g = d[p + 1];
    const b = d[p + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > threshold) colourful++;
  }
  return opaque === 0 ? 0 : colourful / opaque;
}
