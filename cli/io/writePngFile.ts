import type { Rgba8Image } from '../../core/types';
import { encodePng } from './encodePng';
import { writeFileAtomicAsync } from './writeFileAtomicAsync';

/**
 * Writes an image as a PNG file, all at once or not at all (see
 * writeFileAtomicAsync), creating the folder if needed. An existing file is
 * replaced only with `overwrite`.
 */
export async function writePngFile(path: string, img: Rgba8Image, options: { overwrite: boolean } = { overwrite: false }): Promise<void> {
  await writeFileAtomicAsync(path, encodePng(img), options);
}
