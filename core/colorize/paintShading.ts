import type { Rgba8Image } from '../types';
import { hintShader } from './hintShader';
import type { LoadedStyle } from './loadStyle';
import type { OwnedHints } from './OwnedHints';
import { paintPixels } from './paintPixels';

/**
 * The palette colour's hue and chroma at the input's own gray, so shading
 * and antialiasing survive (see shadingTable); a hint's region takes the
 * hint's hue and chroma the same way, and the hint pixel its exact colour.
 */
export function paintShading(image: Rgba8Image, indices: Int32Array, style: LoadedStyle, owned?: OwnedHints): Rgba8Image {
  return paintPixels(image, indices, style.shadingTable(), true, owned?.runs, owned && hintShader(owned.hints), owned?.hints);
}
