/**
 * Width and height from a PNG's IHDR or a JPEG's SOF header, without decoding,
 * so an oversized image is refused before hundreds of megabytes are allocated
 * for its pixels. null when the header cannot be found (the decoder will then
 * report the damage).
 */
export function readImageSize(bytes: Uint8Array, type: 'png' | 'jpeg'): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'png') {
    // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
    if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = view.getUint16(i + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
    if (marker === 0xda || length < 2) return null;
    i += 2 + length;
  }
  return null;
}
