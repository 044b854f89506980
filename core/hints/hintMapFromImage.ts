import { rgbToLab } from '../colour/rgbToLab';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import type { Palette, Rgba8Image } from '../types';
import type { HintMap } from './HintMap';

/**
 * A hint image (RGBA, the size of the art: pixels with alpha ≥ 128 are hints
 * of exactly their colour, the rest are not hints) → a HintMap against
 * `palette`. Snapping is nearest CIELAB, as the training labels are made,
 * and is cached per distinct colour since marks repeat a few colours.
 */
export function hintMapFromImage(hints: Rgba8Image, palette: Palette): HintMap {
  const n = hints.width * hints.height;
  if (hints.data.length !== n * 4) throw new RangeError(`A ${hints.width}×${hints.height} hint image needs ${n * 4} bytes, got ${hints.data.length}.`);
  const d = hints.data;
  const positions: number[] = [];
  for (let i = 0, s = 3; i < n; i++, s += 4) if (d[s] >= 128) positions.push(i);
  const count = positions.length;
  const paletteIndex = new Int32Array(count);
  const exactRgb = new Uint8Array(count * 3);
  const cache = new Map<number, number>();
  const lab = new Float64Array(3);
  for (let h = 0; h < count; h++) {
    const s = positions[h] * 4;
    const key = (d[s] << 16) | (d[s + 1] << 8) | d[s + 2];
    let c = cache.get(key);
    if (c === undefined) {
      rgbToLab(d[s], d[s + 1], d[s + 2], lab);
      c = nearestPaletteIndex(lab[0], lab[1], lab[2], palette);
      cache.set(key, c);
    }
    paletteIndex[h] = c;
    exactRgb.set(d.subarray(s, s + 3), h * 3);
  }
  return { width: hints.width, height: hints.height, positions: Int32Array.from(positions), paletteIndex, exactRgb };
}
