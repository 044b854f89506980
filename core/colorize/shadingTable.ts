import { grayOf } from '../colour/grayOf';
import { labToRgb } from '../colour/labToRgb';
import type { Palette } from '../types';

/**
 * For every palette colour and gray level 0–255, the colour with the
 * palette colour's hue and chroma whose gray (0.21 R + 0.72 G + 0.07 B) is
 * that level: "lightness from the gray, colour from the palette", so
 * shading and antialiasing in gray art survive colorization.
 *
 * For each (colour, level) we search CIELAB lightness L* by bisection so that
 * the gray of (L*, a·s, b·s) hits the level, starting at full chroma s = 1
 * and lowering it in steps of 0.1 until the result is inside the sRGB gamut
 * (a bright yellow cannot also be dark, so a dark yellow pixel turns olive,
 * not black). s = 0 is a neutral gray of the exact level, always in gamut.
 * A table (K × 256 × 3 bytes) rather than per-pixel searches makes this
 * O(1) per pixel.
 */
export function shadingTable(palette: Palette): Uint8Array {
  const k = palette.frequency.length;
  const table = new Uint8Array(k * 256 * 3);
  const rgb = new Float64Array(3);
  for (let c = 0; c < k; c++) {
    for (let level = 0; level < 256; level++) {
      shadeColour(palette.lab[c * 3 + 1], palette.lab[c * 3 + 2], level, rgb);
      const o = (c * 256 + level) * 3;
      for (let ch = 0; ch < 3; ch++) table[o + ch] = Math.max(0, Math.min(255, Math.round(rgb[ch])));
    }
  }
  return table;
}

/** One entry of the table: the colour of CIELAB hue and chroma (a0, b0) whose gray is `level`, into `rgb` (0–255, unrounded). */
export function shadeColour(a0: number, b0: number, level: number, rgb: Float64Array): void {
  for (let step = 10; step >= 0; step--) {
    const s = step / 10;
    const a = a0 * s;
    const b = b0 * s;
    let lo = 0;
    let hi = 100;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      labToRgb(mid, a, b, rgb);
      if (grayOf(rgb[0], rgb[1], rgb[2]) < level) lo = mid;
      else hi = mid;
    }
    labToRgb((lo + hi) / 2, a, b, rgb);
    if (rgb.every((v) => v >= -0.5 && v <= 255.5) || step === 0) return;
  }
}
