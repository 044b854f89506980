import { footprintTwins } from '../hints/footprintTwins';
import type { ShapeMap } from './ShapeMap';

/**
 * Per shape, the shape already in colour (a hint) whose twin it is, or -1:
 * the other eye of a coloured one (see footprintTwins, the rule raster art
 * shares). `rgb` holds each hint's colour, `levels` each shape's gray level.
 * Footprints are read off the shape map: one pass over its pixels.
 */
export function hintTwins(map: ShapeMap, isHint: Uint8Array, rgb: Uint8Array, levels: Uint8Array): Int32Array {
  const { count, ids, width } = map;
  const pixels = new Int32Array(count);
  const left = new Int32Array(count).fill(width);
  const right = new Int32Array(count).fill(-1);
  const top = new Int32Array(count).fill(map.height);
  const bottom = new Int32Array(count).fill(-1);
  for (let p = 0; p < ids.length; p++) {
    const s = ids[p];
    if (s < 0) continue;
    const x = p % width;
    const y = (p - x) / width;
    pixels[s]++;
    if (x < left[s]) left[s] = x;
    if (x > right[s]) right[s] = x;
    if (y < top[s]) top[s] = y;
    if (y > bottom[s]) bottom[s] = y;
  }
  const colour = new Int32Array(count);
  for (let s = 0; s < count; s++) colour[s] = (rgb[s * 3] << 16) | (rgb[s * 3 + 1] << 8) | rgb[s * 3 + 2];
  // A coloured shape's level is its colour's gray, not the art's: the footprint alone finds its twin.
  const grays = Int16Array.from(levels, (level, s) => (isHint[s] ? -1 : level));
  return footprintTwins({ pixels, left, right, top, bottom }, isHint, colour, grays);
}
