/**
 * A 40-hex-digit content hash (the length of Figma's SHA-1 image hashes):
 * five FNV-1a passes with different seeds. Same bytes, same hash — as in
 * Figma, where creating an image twice yields the same hash.
 */
export function hashBytes(bytes: Uint8Array): string {
  let out = '';
  for (let seed = 0; seed < 5; seed++) {
    let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    h = Math.imul(h ^ bytes.length, 0x01000193) >>> 0;
    out += `0000000${h.toString(16)}`.slice(-8);
  }
  return out;
}
