import type { Rgba8Image } from '../../core/types';
import { createCanvas2d } from './createCanvas2d';
import { imageToImageData } from './imageToImageData';

/** Encodes RGBA pixels as PNG bytes with the browser's encoder. */
export async function encodePngAsync(image: Rgba8Image): Promise<Uint8Array> {
  const ctx = createCanvas2d(image.width, image.height);
  ctx.putImageData(imageToImageData(image), 0, 0);
  const blob = await canvasToPngBlob(ctx.canvas);
  return new Uint8Array(await blob.arrayBuffer());
}

function canvasToPngBlob(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
