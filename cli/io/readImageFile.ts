import { readFile } from 'node:fs/promises';
import type { Rgba8Image } from '../../core/types';
import { decodeImageBytes } from './decodeImageBytes';
import { isSvgBytes, isSvgPath } from '../svg/isSvgBytes';
import { svgImageFromBytes } from '../svg/svgImageFromBytes';

/**
 * Reads and decodes a PNG or JPEG file (see decodeImageBytes), or renders an SVG file. A missing
 * file, a folder or an unreadable file gets an error naming the path.
 */
export async function readImageFile(path: string): Promise<Rgba8Image> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path} does not exist; check the path and try again.`);
    if (code === 'EISDIR') throw new Error(`${path} is a folder, not an image file; give a PNG or JPEG file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`${path} cannot be read (permission denied).`);
    throw new Error(`${path} cannot be read: ${(error as Error).message}`);
  }
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // SVG art is rendered (resvg) at its own size; see svgImageFromBytes.
  if (isSvgPath(path) || isSvgBytes(view)) return svgImageFromBytes(view, path);
  return decodeImageBytes(view, path);
}
