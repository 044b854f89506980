import type { HintSources } from '../inputs/HintSources';
import { propagateHints } from './propagateHints';

/** A hint index map (palette indices, -1 for none) of a gray image → what a model reads about it. */
export function hintSourcesOf(gray: Float32Array, width: number, height: number, index: Int32Array): HintSources {
  return { index, ...propagateHints(gray, width, height, index) };
}
