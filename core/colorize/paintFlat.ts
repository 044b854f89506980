import type { Rgba8Image } from '../types';
import type { LoadedStyle } from './loadStyle';
import type { OwnedHints } from './OwnedHints';
import { paintPixels } from './paintPixels';

/** Every pixel its palette colour, the look of flat vector art; a hint's region its exact colour. */
export function paintFlat(image: Rgba8Image, indices: Int32Array, style: LoadedStyle, owned?: OwnedHints): Rgba8Image {
  return paintPixels(image, indices, style.palette.rgb, false, owned?.runs, owned && (owned.hints.markRgb ?? owned.hints.exactRgb), owned?.hints);
}
