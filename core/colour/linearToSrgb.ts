/**
 * sRGB transfer function, encoding: linear light in [0, 1] to an sRGB
 * component in [0, 1] (IEC 61966-2-1:1999). Not clamped, so out-of-gamut
 * values stay visible to the caller, who decides how to clamp.
 */
export function linearToSrgb(v: number): number {
  if (v <= 0.0031308) return 12.92 * v;
  return 1.055 * v ** (1 / 2.4) - 0.055;
}
