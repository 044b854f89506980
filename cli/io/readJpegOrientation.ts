/**
 * The EXIF Orientation (1–8) of a JPEG, 1 when it has none. Phones store
 * photos as the sensor saw them and record the turn here; browsers (and so
 * the Figma plugin, through createImageBitmap) apply it, so the command line
 * must too or the two would colorize differently turned images. Reads only
 * the APP1 "Exif" segment's first directory, every offset bounds-checked.
 */
export function readJpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 1; // image data starts: no EXIF before it
    const length = view.getUint16(at + 2);
    if (length < 2) return 1;
    if (marker === 0xe1) {
      const orientation = orientationInExif(bytes.subarray(at + 4, Math.min(bytes.length, at + 2 + length)));
      if (orientation !== undefined) return orientation;
    }
    at += 2 + length;
  }
  return 1;
}

function orientationInExif(segment: Uint8Array): number | undefined {
  // "Exif\0\0", then a TIFF header: byte order, 42, offset of the first directory.
  if (segment.length < 14 || String.fromCharCode(...segment.subarray(0, 4)) !== 'Exif') return undefined;
  const tiff = new DataView(segment.buffer, segment.byteOffset + 6, segment.length - 6);
  const order = tiff.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const little = order === 0x4949;
  if (tiff.getUint16(2, little) !== 42) return undefined;
  const directory = tiff.getUint32(4, little);
  if (directory + 2 > tiff.byteLength) return undefined;
  const count = tiff.getUint16(directory, little);
  for (let i = 0; i < count; i++) {
    const entry = directory + 2 + i * 12;
    if (entry + 12 > tiff.byteLength) return undefined;
    if (tiff.getUint16(entry, little) !== 0x0112) continue;
    const value = tiff.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : 1;
  }
  return undefined;
}
