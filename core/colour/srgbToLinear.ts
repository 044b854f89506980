/**
 * sRGB transfer function, decoding: an sRGB component in [0, 1] to linear
 * light in [0, 1] (IEC 61966-2-1:1999). Colour averaging and XYZ need linear
 * light; averaging gamma-encoded values darkens mixtures.
 */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
