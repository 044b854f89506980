import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { assertImage } from '../../core/image/assertImage';
import { assertImageSize } from '../../core/image/assertImageSize';
import { isLossyEncoding } from '../../core/image/isLossyEncoding';
import type { Rgba8Image } from '../../core/types';
import { assertCompletePngData } from './assertCompletePngData';
import { orientImage } from './orientImage';
import { readImageSize } from './readImageSize';
import { readJpegOrientation } from './readJpegOrientation';
import { sniffImageType } from './sniffImageType';

/**
 * PNG or JPEG bytes → an Rgba8Image (straight alpha, 8 bits). The format is
 * detected from the bytes, not the name. pngjs expands palette, gray,
 * gray+alpha and 16-bit PNGs to RGBA8 (tRNS transparency included); jpeg-js
 * decodes baseline and progressive JPEG, opaque, turned as its EXIF
 * Orientation says (as browsers show it), and marked `lossy` (see
 * isLossyEncoding). Truncated PNG pixel data is refused, not padded.
 *
 * Every failure is an Error naming `label` (usually the file name), the
 * problem and what to do, e.g. "x.png is not a PNG or JPEG (starts with
 * 3c 68 74 6d); export it as PNG and try again."
 */
export function decodeImageBytes(bytes: Uint8Array, label: string): Rgba8Image {
  if (bytes.length === 0) {
    throw new Error(`${label} is empty (0 bytes); export it again as PNG and try again.`);
  }
  const type = sniffImageType(bytes);
  if (type === null) {
    const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Error(`${label} is not a PNG or JPEG (starts with ${head}); export it as PNG and try again.`);
  }
  const size = readImageSize(bytes, type);
  if (size) {
    // Refuse huge or empty images from the header, before allocating their pixels.
    assertImageSize(size.width, size.height, label);
  }
  if (type === 'png') assertCompletePngData(bytes, label);
  let img: Rgba8Image;
  try {
    img = type === 'png' ? decodePng(bytes) : { ...orientImage(decodeJpeg(bytes), readJpegOrientation(bytes)), lossy: isLossyEncoding(bytes) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const name = type === 'png' ? 'PNG' : 'JPEG';
    throw new Error(`${label} looks like a ${name} but cannot be decoded (${reason}); it may be truncated or damaged. Export it again as PNG and try again.`);
  }
  assertImage(img, label);
  return img;
}

function decodePng(bytes: Uint8Array): Rgba8Image {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const data = new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength);
  return { width: png.width, height: png.height, data };
}

function decodeJpeg(bytes: Uint8Array): Rgba8Image {
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 17, maxMemoryUsageInMB: 512 });
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength) };
}
