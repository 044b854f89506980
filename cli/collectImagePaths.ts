import { stat } from 'node:fs/promises';
import { listImageFiles } from './io';
import { CliError } from './CliError';

/**
 * The image files named on the command line: files as given, folders
 * expanded to the PNG and JPEG files directly inside them (sorted by name).
 * A missing path or a folder without images is an error naming it.
 */
export async function collectImagePaths(inputs: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${input} does not exist; check the path and try again.`);
      throw new CliError(`${input} cannot be read: ${(error as Error).message}`);
    }
    if (!isFolder) {
      paths.push(input);
      continue;
    }
    const files = await listImageFiles(input);
    if (files.length === 0) throw new CliError(`The folder ${input} has no PNG or JPEG images in it.`);
    paths.push(...files);
  }
  if (paths.length === 0) throw new CliError('No images were given.', 2);
  return paths;
}
