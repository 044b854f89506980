import { readdir, stat } from 'node:fs/promises';
import { listImageFiles } from './io';
import { CliError } from './CliError';

/**
 * The image files named on the command line: files as given, folders
 * expanded to the PNG, JPEG and SVG files directly inside them (sorted by name).
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
    if (files.length === 0) throw new CliError(`The folder ${input} has no PNG, JPEG or SVG images in it${await describeOthersAsync(input)}.`);
    paths.push(...files);
  }
  if (paths.length === 0) throw new CliError('No images were given.', 2);
  return paths;
}

/** What a folder without images holds instead, so the user sees why nothing was taken: " (it has a.gif, notes.txt)". */
async function describeOthersAsync(dir: string): Promise<string> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => !name.startsWith('.'))
    .sort()
    // A file name is not ours to trust: control characters would drive the terminal.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    .map((name) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
  if (names.length === 0) return ' (it is empty)';
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
  return ` (it has ${shown}; only PNG, JPEG and SVG files directly inside it are used)`;
}
