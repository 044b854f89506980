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
 * untimed 64² call so kernel compilation is not counted; the median of
 * `repeats` (a best of two swung with garbage collection and load).
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
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const started = now();
    await colorizeImage(style, image, { fullResolution });
    times.push((now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const seconds = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { size, seconds, megapixelsPerSecond: (size * size) / seconds / 1e6 };
}
