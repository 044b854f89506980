import type { Rgba8Image } from '../core';
import { readImageFile } from './io';
import { CliError } from './CliError';

/** Decodes every file; the first unreadable one stops with the io layer's message (which names it). */
export async function readImages(paths: readonly string[]): Promise<Rgba8Image[]> {
  const images: Rgba8Image[] = [];
  for (const path of paths) {
    try {
      images.push(await readImageFile(path));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  return images;
}
