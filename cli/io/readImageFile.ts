import { readInputFileAsync } from './readInputFileAsync';
import type { Rgba8Image } from '../../core/types';
import { decodeImageBytes } from './decodeImageBytes';
import { isSvgBytes, isSvgPath } from '../svg/isSvgBytes';
import { svgImageFromBytes } from '../svg/svgImageFromBytes';

/**
 * Reads and decodes a PNG or JPEG file (see decodeImageBytes), or renders an SVG file. A missing
 * file, a folder or an unreadable file gets an error naming the path.
 */
export async function readImageFile(path: string): Promise<Rgba8Image> {
  const view = await readInputFileAsync(path);
  // SVG art is rendered (resvg) at its own size; see svgImageFromBytes.
  if (isSvgPath(path) || isSvgBytes(view)) return svgImageFromBytes(view, path);
  return decodeImageBytes(view, path);
}
