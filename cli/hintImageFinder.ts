import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError, EXIT_USAGE } from './CliError';
import { listImageFiles } from './io';

/**
 * `--hints PATH` → for each input, the hint image to read (or undefined).
 * A file is the hint image of every input (each must be its size); a folder
 * holds one hint image per input, matched by file name without extension
 * (marks/dog.png for art/dog.jpg). Inputs without a match get no hint image.
 */
export async function hintImageFinder(hintsPath: string | undefined): Promise<(input: string) => string | undefined> {
  if (hintsPath === undefined) return () => undefined;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(hintsPath);
  } catch {
    throw new CliError(`The hint image or folder ${hintsPath} does not exist; check the path given to --hints.`, EXIT_USAGE);
  }
  if (!info.isDirectory()) return () => hintsPath;
  const byName = new Map<string, string>();
  for (const path of await listImageFiles(hintsPath)) {
    const name = basename(path, extname(path));
    if (byName.has(name)) throw new CliError(`${byName.get(name)} and ${path} are both hints for "${name}"; keep one.`, EXIT_USAGE);
    byName.set(name, path);
  }
  return (input) => byName.get(basename(input, extname(input)));
}
