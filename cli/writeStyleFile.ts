import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { serializeStyle, type StyleFile } from '../core';
import { CliError } from './CliError';

/**
 * Saves a style as a .hueprint file through a temporary file renamed over
 * `path`, so an interrupted write never leaves half a style where a good one
 * was. Returns the file's size in bytes.
 */
export async function writeStyleFile(path: string, style: StyleFile): Promise<number> {
  const bytes = serializeStyle(style);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new CliError(`${path} could not be written: ${(error as Error).message}`);
  }
  return bytes.length;
}
