/**
 * The gray value of an sRGB colour, on the same 0–255 scale:
 * Gray = 0.21 R + 0.72 G + 0.07 B.
 *
 * These are the luminosity weights of the original study Hueprint follows
 * (close to Rec. 709 luma, applied to gamma-encoded values). Training and
 * colorizing must use the very same formula, or the network would see gray
 * levels at colorize time it never saw in training.
 */
export function grayOf(r: number, g: number, b: number): number {
  return 0.21 * r + 0.72 * g + 0.07 * b;
}
