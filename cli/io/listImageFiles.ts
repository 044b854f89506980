import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The PNG, JPEG and SVG files (.png, .jpg, .jpeg, .svg, any case) directly inside `dir`,
 * as paths joined onto `dir`, sorted by name (code-point order, so runs are
 * reproducible everywhere). Symbolic links to image files count as images; a
 * link that loops or points nowhere is skipped (stat follows a link and
 * gives up on loops, and subfolders are not entered, so nothing can cycle).
 * Hidden files are skipped: macOS leaves "._x.png" resource forks beside
 * copied images, and they are not images.
 */
export async function listImageFiles(dir: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`The folder ${dir} does not exist; check the path and try again.`);
    }
    throw error;
  }
  if (!info.isDirectory()) throw new Error(`${dir} is a file, not a folder of images.`);
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || !/\.(png|jpe?g|svg)$/i.test(entry.name)) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (
      entry.isSymbolicLink() &&
      (await stat(join(dir, entry.name)).then(
        (target) => target.isFile(),
        () => false,
      ))
    )
      names.push(entry.name);
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(dir, name));
}
