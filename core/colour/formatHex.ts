/**
 * [r, g, b] on the 0–255 scale → '#rrggbb' (lower case). Fractional values
 * are rounded; values outside 0–255 or not finite are a caller bug and throw.
 */
export function formatHex(r: number, g: number, b: number): string {
  let s = '#';
  for (const v of [r, g, b]) {
    const byte = Math.round(v);
    if (!(byte >= 0 && byte <= 255)) {
      throw new RangeError(`formatHex: ${v} is not a colour component in 0–255.`);
    }
    s += byte.toString(16).padStart(2, '0');
  }
  return s;
}
