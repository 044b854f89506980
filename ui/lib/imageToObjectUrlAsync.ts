import type { Rgba8Image } from '../../core/types';
import { encodePngAsync } from './encodePngAsync';

/** A blob: URL showing the image, for <img> thumbnails; revoke it when done. */
export async function imageToObjectUrlAsync(image: Rgba8Image): Promise<string> {
  const png = await encodePngAsync(image);
  return URL.createObjectURL(new Blob([png as BlobPart], { type: 'image/png' }));
}
