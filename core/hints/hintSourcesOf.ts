import type { HintSources } from '../inputs/HintSources';
import type { ModelConfig } from '../types';
import { propagateHints } from './propagateHints';

/** A hint index map (palette indices, -1 for none) of a gray image → what `config`'s model reads about it. */
export function hintSourcesOf(gray: Float32Array, width: number, height: number, index: Int32Array, config: ModelConfig): HintSources {
  return { index, ...propagateHints(gray, width, height, index, config.preset === 'fcn' && !!config.hintReach) };
}
