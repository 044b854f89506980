import { grayOf } from '../../core/colour/grayOf';
import type { Rgba8Image } from '../../core/types';
import { PAPER_GRAY } from './grayArtShare';

/**
 * Whether the art shows nothing to colorize: no opaque pixel darker than paper white, and no hint (`hints`, RGBA the
 * size of the art, alpha ≥ 128 a hint). An empty white frame, a layer that is all transparent. In a designer's trial
 * an empty frame colorized into a blank white layer beside it, reported as "Colorized 1 of 1 layer".
 */
export function isBlankArt(art: Rgba8Image, hints: Uint8Array | Uint8ClampedArray): boolean {
  const d = art.data;
  for (let p = 0; p < d.length; p += 4) {
    if (d[p + 3] < 128) continue;
    if (hints[p + 3] >= 128 || grayOf(d[p], d[p + 1], d[p + 2]) < PAPER_GRAY) return false;
  }
  return true;
}
