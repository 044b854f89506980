import { isLossyEncoding } from '../../core/image/isLossyEncoding';
import type { Rgba8Image } from '../../core/types';
import { createCanvas2d } from './createCanvas2d';

/** An image could not be decoded; the message names the node and what to do. */
export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
}

/**
 * Decodes PNG/JPEG/WebP bytes with the browser's own codecs into straight-alpha
 * RGBA. `premultiplyAlpha: 'none'` and `colorSpaceConversion: 'none'` keep the
 * stored sRGB values as they are, so the colours trained on are the designer's.
 * JPEG and lossy WebP come back marked `lossy` (see isLossyEncoding).
 */
export async function decodeImageAsync(bytes: Uint8Array, nodeName: string): Promise<Rgba8Image> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), {
      premultiplyAlpha: 'none',
      colorSpaceConversion: 'none',
    });
  } catch {
    throw new ImageDecodeError(
      `“${nodeName}” could not be decoded: its ${bytes.length.toLocaleString()} bytes are not a readable PNG, JPEG or WebP image. ` +
        'Replace or re-export the image, or deselect it, and try again.',
    );
  }
  try {
    const { width, height } = bitmap;
    const ctx = createCanvas2d(width, height);
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, width, height);
    return isLossyEncoding(bytes) ? { width, height, data, lossy: true } : { width, height, data };
  } finally {
    bitmap.close();
  }
}
