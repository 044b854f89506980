import type { Rgba8Image } from '../types';
import type { LoadedStyle } from './loadStyle';
import type { OwnedHints } from './OwnedHints';
import { paintPixels } from './paintPixels';

/** Every pixel its palette colour, the look of flat vector art; a hint's region its exact colour. */
export function paintFlat(image: Rgba8Image, indices: Int32Array, style: LoadedStyle, owned?: OwnedHints): Rgba8Image {
  const rgb = owned?.hints.rgb;
  return paintPixels(
    image,
    indices,
    style.palette.rgb,
    false,
    owned?.owners,
    rgb &&
      ((owner, _i, _level, out, p) => {
        out[p] = rgb[owner * 3];
        out[p + 1] = rgb[owner * 3 + 1];
        out[p + 2] = rgb[owner * 3 + 2];
      }),
  );
}
