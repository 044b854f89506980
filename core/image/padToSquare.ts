import type { Rgba8Image } from '../types';
import { createImage } from './createImage';

/**
 * Pads an image to a square of side max(width, height), the image centred
 * (odd margins put the extra pixel right/bottom), the margin filled with
 * `fill` — opaque white by default, which is what the original study did
 * before scaling its art to a square working size.
 */
export function padToSquare(img: Rgba8Image, fill: ArrayLike<number> = [255, 255, 255, 255]): Rgba8Image {
  const { width: w, height: h } = img;
  if (w === h) return { width: w, height: h, data: new Uint8Array(img.data) };
  const side = Math.max(w, h);
  const out = createImage(side, side, fill);
  const ox = Math.floor((side - w) / 2);
  const oy = Math.floor((side - h) / 2);
  const rowBytes = w * 4;
  for (let y = 0; y < h; y++) {
    out.data.set(img.data.subarray(y * rowBytes, (y + 1) * rowBytes), ((oy + y) * side + ox) * 4);
  }
  return out;
}
