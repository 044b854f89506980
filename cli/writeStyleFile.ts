import { serializeStyle, type StyleFile } from '../core';
import { FileExistsError, writeFileAtomicAsync } from './io';
import { CliError } from './CliError';

/**
 * Saves a style as a .hueprint file, all at once or not at all (an
 * interrupted write never leaves half a style where a good one was). An
 * existing file is replaced only with `overwrite`. Returns the file's size
 * in bytes.
 */
export async function writeStyleFile(path: string, style: StyleFile, options: { overwrite: boolean }): Promise<number> {
  const bytes = serializeStyle(style);
  try {
    await writeFileAtomicAsync(path, bytes, options);
  } catch (error) {
    if (error instanceof FileExistsError) throw new CliError(`${path} appeared while training; give -o another file name, or add --force to replace it.`);
    throw new CliError((error as Error).message);
  }
  return bytes.length;
}
