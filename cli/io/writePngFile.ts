import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Rgba8Image } from '../../core/types';
import { encodePng } from './encodePng';

/**
 * Writes an image as a PNG file, creating the folder if needed. The bytes go
 * to a temporary file that is then renamed over `path`, so an interrupted
 * write never leaves a half-written PNG where a good file was.
 */
export async function writePngFile(path: string, img: Rgba8Image): Promise<void> {
  const bytes = encodePng(img);
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new Error(`${path} could not be written: ${(error as Error).message}`);
  }
}
