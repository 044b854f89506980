import { grayOf } from '../colour/grayOf';
import { rgbToLab } from '../colour/rgbToLab';
import type { HintMap } from '../hints/HintMap';
import type { HintPaint } from './paintPixels';
import { shadeColour } from './shadingTable';

/**
 * Shading mode's colour for a pixel a hint owns: the hint pixel itself, and
 * any pixel at the hint's own gray level, its exact colour; elsewhere its
 * hue and chroma at the pixel's gray (as shadingTable does for palette
 * colours). Cached per colour and level.
 */
export function hintShader(hints: HintMap): HintPaint {
  const cache = new Map<number, number>();
  const lab = new Float64Array(3);
  const shaded = new Float64Array(3);
  return (owner, i, level, out, p) => {
    const r = hints.exactRgb[owner * 3],
      g = hints.exactRgb[owner * 3 + 1],
      b = hints.exactRgb[owner * 3 + 2];
    if (hints.positions[owner] === i || Math.round(grayOf(r, g, b)) === level) {
      out[p] = r;
      out[p + 1] = g;
      out[p + 2] = b;
      return;
    }
    const key = ((r << 16) | (g << 8) | b) * 256 + level;
    let packed = cache.get(key);
    if (packed === undefined) {
      rgbToLab(r, g, b, lab);
      shadeColour(lab[1], lab[2], level, shaded);
      const byte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
      packed = (byte(shaded[0]) << 16) | (byte(shaded[1]) << 8) | byte(shaded[2]);
      cache.set(key, packed);
    }
    out[p] = packed >> 16;
    out[p + 1] = (packed >> 8) & 255;
    out[p + 2] = packed & 255;
  };
}
