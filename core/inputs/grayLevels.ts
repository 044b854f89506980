/**
 * Every pixel's gray level 0–255 (grayLevel of each value, in one typed
 * pass), into `level`. Int32 by default, like every other per-pixel map the
 * floods read, so the flood loop sees one array type (mixing Uint8Array and
 * Int32Array made it polymorphic and several times slower); a caller that
 * keeps the levels to itself on large art may pass bytes, a quarter of the
 * fresh memory (see unmixEdges).
 */
export function grayLevels<T extends Int32Array | Uint8Array = Int32Array>(gray: Float32Array, level: T = new Int32Array(gray.length) as T): T {
  if (level.length !== gray.length) throw new RangeError(`grayLevels: ${level.length} levels for ${gray.length} pixels.`);
  for (let i = 0; i < gray.length; i++) {
    const v = gray[i] * 255;
    // Math.round, clamped to 0–255 (grayLevel), without the call.
    level[i] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
  }
  return level;
}
