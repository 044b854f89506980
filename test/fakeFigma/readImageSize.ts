/** Pixel size and format of encoded image bytes, read from the header alone (PNG IHDR, GIF screen descriptor, JPEG SOF). */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
  readonly format: 'PNG' | 'GIF' | 'JPEG';
}

/** Like Figma's createImage, accepts PNG, GIF and JPEG; anything else throws. */
export function readImageSize(bytes: Uint8Array): ImageSize {
  const u32 = (o: number): number => ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0;
  const u16be = (o: number): number => (bytes[o] << 8) | bytes[o + 1];
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    // 8-byte signature, then the first chunk must be IHDR: length(4) 'IHDR'(4) width(4) height(4).
    if (String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== 'IHDR') {
      throw new Error('Image type is unsupported: PNG without an IHDR chunk');
    }
    return { width: u32(16), height: u32(20), format: 'PNG' };
  }
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x38) {
    return { width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8), format: 'GIF' };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let o = 2;
    while (o + 9 < bytes.length) {
      if (bytes[o] !== 0xff) break;
      const marker = bytes[o + 1];
      const length = u16be(o + 2);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return { width: u16be(o + 7), height: u16be(o + 5), format: 'JPEG' };
      o += 2 + length;
    }
    throw new Error('Image type is unsupported: JPEG without a frame header');
  }
  throw new Error('Image type is unsupported');
}
