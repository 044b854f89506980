/**
 * Every pixel's gray level 0–255 (grayLevel of each value, in one typed
 * pass). Int32 like every other per-pixel map the floods read, so the flood
 * loop sees one array type (mixing Uint8Array and Int32Array made it
 * polymorphic and several times slower).
 */
export function grayLevels(gray: Float32Array): Int32Array {
  const level = new Int32Array(gray.length);
  for (let i = 0; i < gray.length; i++) {
    const v = gray[i] * 255;
    // Math.round, clamped to 0–255 (grayLevel), without the call.
    level[i] = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
  }
  return level;
}
