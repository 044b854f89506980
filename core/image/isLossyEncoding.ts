/**
 * Whether encoded image bytes are lossy: JPEG always, WebP when its image
 * chunk is VP8 (lossy) rather than VP8L (lossless). Both decoders (the CLI's
 * and the browser's) mark such images (Rgba8Image `lossy`), since the same
 * pixels mean something else there: a painted dot's colour rings into the
 * gray around it (see splitHints). PNG and anything else: false.
 */
export function isLossyEncoding(bytes: Uint8Array): boolean {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return true;
  if (bytes.length < 12 || fourCC(bytes, 0) !== 'RIFF' || fourCC(bytes, 8) !== 'WEBP') return false;
  // RIFF chunks after the 12-byte header: a four-letter tag, a little-endian size, the data padded to an even length.
  for (let at = 12; at + 8 <= bytes.length; ) {
    const tag = fourCC(bytes, at);
    if (tag === 'VP8 ') return true;
    if (tag === 'VP8L') return false;
    const size = (bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)) >>> 0;
    at += 8 + size + (size & 1);
  }
  return false;
}

function fourCC(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
}
