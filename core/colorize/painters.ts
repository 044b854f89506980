import type { ColorizeMode, Rgba8Image } from '../types';
import type { LoadedStyle } from './loadStyle';
import type { OwnedHints } from './OwnedHints';
import { paintFlat } from './paintFlat';
import { paintShading } from './paintShading';

/** Turns the decided palette index of every pixel of `image` (and the hints' regions) into a colour image of the same size. */
export type Painter = (image: Rgba8Image, indices: Int32Array, style: LoadedStyle, owned?: OwnedHints) => Rgba8Image;

/** The painter of every colorize mode. */
export const PAINTERS: Readonly<Record<ColorizeMode, Painter>> = { flat: paintFlat, shading: paintShading };
