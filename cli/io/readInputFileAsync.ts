import { readFile } from 'node:fs/promises';

/**
 * The bytes of an input file the user named. A missing file, a folder or an
 * unreadable file gets an error naming the path and what to do, not an errno.
 */
export async function readInputFileAsync(path: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path} does not exist; check the path and try again.`);
    if (code === 'EISDIR') throw new Error(`${path} is a folder, not an image file; give a PNG or JPEG file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`${path} cannot be read (permission denied).`);
    throw new Error(`${path} cannot be read: ${(error as Error).message}`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
