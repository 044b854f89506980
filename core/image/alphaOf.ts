import type { Rgba8Image } from '../types';

/** An image's alpha channel, one byte a pixel, or undefined when every pixel is opaque (nothing for alpha to tell). */
export function alphaOf(image: Rgba8Image): Uint8Array | undefined {
  const n = image.width * image.height;
  const d = image.data;
  let opaque = true;
  for (let i = 0; i < n && opaque; i++) if (d[i * 4 + 3] !== 255) opaque = false;
  if (opaque) return undefined;
  const alpha = new Uint8Array(n);
  for (let i = 0; i < n; i++) alpha[i] = d[i * 4 + 3];
  return alpha;
}
