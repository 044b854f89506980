import { existsSync } from 'node:fs';
import { listImageFiles, readImageFile } from '../../../cli/io';
import type { Rgba8Image } from '../../../core/types';

/** The shared development art, next to the repository (../shared/art/noto). */
export async function loadNotoArt(root: string): Promise<{ dir: string; files: string[]; images: Rgba8Image[] }> {
  const dir = `${root}/../shared/art/noto`;
  if (!existsSync(dir)) throw new Error(`The bench needs the shared art in ${dir} (40 Noto emoji PNGs); it is missing.`);
  const files = await listImageFiles(dir);
  if (files.length === 0) throw new Error(`${dir} holds no PNG or JPEG files.`);
  const images: Rgba8Image[] = [];
  for (const file of files) images.push(await readImageFile(file));
  return { dir, files, images };
}
