import { PNG } from 'pngjs';
import { assertImage } from '../../core/image/assertImage';
import type { Rgba8Image } from '../../core/types';

/** An Rgba8Image → PNG bytes (8-bit RGBA, straight alpha, so transparency survives). */
export function encodePng(img: Rgba8Image): Uint8Array {
  assertImage(img);
  const data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  const buffer = PNG.sync.write({ width: img.width, height: img.height, data } as PNG, { colorType: 6 });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
