import { colorizeImage } from '../../../core/colorize/colorizeImage';
import type { StyleFile } from '../../../core/style/StyleFile';
import { now } from '../../../core/train/now';
import type { Rgba8Image } from '../../../core/types';
import { tileArt } from './tileArt';

export interface ColorizeLatency {
  readonly size: number;
  readonly seconds: number;
  readonly megapixelsPerSecond: number;
}

/**
 * Seconds for colorizeImage on a size×size image tiled from real art (the
 * engine tiles large images itself, 512² with 32 px margins), after one
 * untimed 64² call so kernel compilation is not counted; best of `repeats`.
 * `fullResolution`: the network on every pixel, not at the style's learnt scale.
 */
export async function measureColorize(
  style: StyleFile,
  art: readonly Rgba8Image[],
  size: number,
  repeats = 1,
  fullResolution = false,
): Promise<ColorizeLatency> {
  await colorizeImage(style, tileArt(art, 64, 64));
  const image = tileArt(art, size, size);
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const started = now();
    await colorizeImage(style, image, { fullResolution });
    best = Math.min(best, (now() - started) / 1000);
  }
  return { size, seconds: best, megapixelsPerSecond: (size * size) / best / 1e6 };
}
