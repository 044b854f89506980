/**
 * Reference constants shared by the colour conversions.
 *
 * The D65 white is the one IEC 61966-2-1 (sRGB) implies: the XYZ of sRGB
 * (1, 1, 1) under the matrix below, so white maps to L* = 100, a* = b* = 0.
 * The Lab thresholds are the exact CIE rationals (Lindbloom), not the rounded
 * 0.008856 / 903.3, which makes the two branches of f(t) meet continuously.
 */
export const D65_X = 0.95047;
export const D65_Y = 1.0;
export const D65_Z = 1.08883;
/** (6/29)^3 */
export const LAB_EPSILON = 216 / 24389;
/** (29/3)^3 */
export const LAB_KAPPA = 24389 / 27;

/** Linear sRGB → XYZ (D65), rows X, Y, Z. */
export const M_RGB_TO_XYZ = [0.4124564, 0.3575761, 0.1804375, 0.2126729, 0.7151522, 0.072175, 0.0193339, 0.119192, 0.9503041] as const;

/** XYZ (D65) → linear sRGB, the inverse of M_RGB_TO_XYZ. */
export const M_XYZ_TO_RGB = [3.2404542, -1.5371385, -0.4985314, -0.969266, 1.8760108, 0.041556, 0.0556434, -0.2040259, 1.0572252] as const;
