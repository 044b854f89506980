import { grayOf } from '../../core/colour/grayOf';
import type { Rgba8Image } from '../../core/types';

/**
 * From this gray up a pixel is paper, not gray art: the white a drawing sits on. Counting white as gray art, the
 * 40 Noto emoji (colour art on white) scored 41–100% "gray", so selecting colour art never got the all-colour
 * answer and colorize wrote a near copy of it (the pepper: 274 of 16384 pixels changed, by at most 35 levels).
 * As a share of ink (below), 7 of the 40 fall under MIN_GRAY_SHARE (0.6–1.7%: the pepper, the chestnut, the
 * sunflower…; the rest keep antialiased or gray parts of their own, 2.0–100%), and their gray copies score 100%.
 */
export const PAPER_GRAY = 250;

/**
 * The share of the art's ink that is gray art to colorize: of its opaque pixels darker than paper white, those
 * that are not hints (`hints`, RGBA the size of the art, alpha ≥ 128 a hint). Ink, not all opaque pixels, so thin
 * gray line art on a large white canvas still counts as gray; 0 means everything drawn is already in colour.
 * Art with no ink at all (blank paper) is not colour art: 1.
 */
export function grayArtShare(art: Rgba8Image, hints: Uint8Array | Uint8ClampedArray): number {
  const d = art.data;
  if (hints.length !== d.length) throw new RangeError(`grayArtShare: ${hints.length / 4} hint pixels for ${d.length / 4} art pixels.`);
  let ink = 0;
  let gray = 0;
  for (let p = 0; p < d.length; p += 4) {
    if (d[p + 3] < 128) continue;
    if (hints[p + 3] >= 128) ink++;
    else if (grayOf(d[p], d[p + 1], d[p + 2]) < PAPER_GRAY) {
      ink++;
      gray++;
    }
  }
  return ink === 0 ? 1 : gray / ink;
}
