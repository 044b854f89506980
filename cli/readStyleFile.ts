import { readFile } from 'node:fs/promises';
import { parseStyle, StyleFormatError, type StyleFile } from '../core';
import { CliError } from './CliError';

/** Loads a .hueprint file; a missing or non-style file is a CliError naming the path. */
export async function readStyleFile(path: string): Promise<StyleFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path} does not exist; give a .hueprint style made by "hueprint train".`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a .hueprint style file.`);
    throw new CliError(`${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    return parseStyle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof StyleFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
