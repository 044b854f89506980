import type { HintSources } from '../inputs/HintSources';
import type { ModelConfig } from '../types';
import { type HintPropagation, propagateHints } from './propagateHints';

/**
 * A hint index map (palette indices, -1 for none) of a gray image → what `config`'s model reads about it, with each
 * pixel's flooding hint (`seed`) for a caller that brings the regions to another scale (see upsampleHintRegions).
 * Colorizing's floods: a hint pixel that blends two parts floods nothing, a reach passes over its hint's own gray, and the same gray
 * elsewhere is the hinted part's own grays (propagateHints' colorizing).
 */
export function hintSourcesOf(gray: Float32Array, width: number, height: number, index: Int32Array, config: ModelConfig): HintSources & HintPropagation {
  return { index, ...propagateHints(gray, width, height, index, config.preset === 'fcn' && !!config.hintReach, true, true) };
}
