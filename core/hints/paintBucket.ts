import { predictWithLookup } from '../lookup/predictWithLookup';
import type { HintPropagation } from './propagateHints';

/**
 * The baseline a hint-taking model must beat: what a designer gets with a
 * paint bucket. Every pixel takes the lookup table's colour for its gray,
 * then each hint's colour floods its same-gray connected region
 * (HintPropagation.fill). Palette indices per pixel.
 */
export function paintBucket(lookup: Int32Array, gray: Float32Array, propagation: Pick<HintPropagation, 'fill'>): Int32Array {
  const out = predictWithLookup(lookup, gray);
  const { fill } = propagation;
  for (let i = 0; i < out.length; i++) if (fill[i] >= 0) out[i] = fill[i];
  return out;
}
