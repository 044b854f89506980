import { rgb24ToLab } from '../colour/rgb24ToLab';
import type { Palette, Rgba8Image } from '../types';
import type { DistinctColors } from './paletteTypes';
import { distinctColors } from './distinctColors';
import { nearestLabIndex } from './nearestLabIndex';

/**
 * The k-means objective of a set of centres on some art: the sum over all
 * opaque pixels (alpha ≥ 128) of the squared Euclidean CIELAB distance to the
 * nearest centre. One shared routine so that palettes from Hueprint and from
 * any other implementation (e.g. scikit-learn's KMeans, whose centres are
 * passed in as a flat L,a,b array) are scored identically.
 *
 * Computed over distinct colours weighted by their pixel counts, which is
 * exact (every pixel of a colour has the same nearest centre) and fast.
 *
 * @param art images, or their distinctColors if already counted.
 * @param centres a Palette, or K × 3 Lab values.
 */
export function paletteInertia(art: readonly Rgba8Image[] | DistinctColors, centres: Palette | ArrayLike<number>): number {
  const distinct = 'colors' in art ? art : distinctColors(art);
  const lab = 'lab' in centres ? centres.lab : centres;
  const k = Math.floor(lab.length / 3);
  if (k === 0 || lab.length % 3 !== 0) {
    throw new RangeError(`paletteInertia: ${lab.length} values are not a non-empty list of Lab triples.`);
  }
  const points = rgb24ToLab(distinct.colors);
  let inertia = 0;
  for (let i = 0; i < distinct.colors.length; i++) {
    const L = points[i * 3];
    const A = points[i * 3 + 1];
    const B = points[i * 3 + 2];
    const c = nearestLabIndex(L, A, B, lab);
    inertia += distinct.counts[i] * ((L - lab[c * 3]) ** 2 + (A - lab[c * 3 + 1]) ** 2 + (B - lab[c * 3 + 2]) ** 2);
  }
  return inertia;
}
