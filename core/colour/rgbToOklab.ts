import type { ColorTriple } from './ColorTriple';
import { srgbToLinear } from './srgbToLinear';

/**
 * sRGB (0–255) → Oklab [L 0–1, a, b] for one colour (Björn Ottosson, "A perceptual color space for image processing", 2020;
 * the space of CSS `oklch()`). Its hue angle follows colour names better than CIELAB's, whose blue (#0000ff) sits at the hue
 * of a purple: palette grouping names colours with it.
 */
export function rgbToOklab(r: number, g: number, b: number, out: ColorTriple = new Float64Array(3)): ColorTriple {
  const lr = srgbToLinear(r / 255);
  const lg = srgbToLinear(g / 255);
  const lb = srgbToLinear(b / 255);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  out[0] = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  out[1] = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  out[2] = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return out;
}
