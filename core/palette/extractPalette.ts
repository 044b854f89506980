import { labToRgbBytes } from '../colour/labToRgbBytes';
import { rgb24ToLab } from '../colour/rgb24ToLab';
import { createRandom } from '../random/createRandom';
import type { Palette, Rgba8Image } from '../types';
import { binColors } from './binColors';
import { distinctColors } from './distinctColors';
import type { ExtractPaletteOptions } from './paletteTypes';
import { kMeansLab } from './kMeansLab';

/** Largest palette Hueprint builds: indices must fit its models and saved styles. */
const MAX_K = 256;
/** Point–centre pairs the default number of restarts may spend (see ExtractPaletteOptions.restarts). */
const RESTART_BUDGET = 6e5;

/**
 * The colour palette of some art: K colours by weighted k-means in CIELAB
 * (Lloyd, seeded by weighted k-means++ — Arthur & Vassilvitskii 2007; the
 * best of `restarts` runs, like scikit-learn's n_init) over the art's
 * distinct opaque colours, each weighted by its pixel count. This
 * gives the same clustering as k-means over every opaque pixel, at the cost
 * of the distinct colours (a few hundred in flat art) instead of the pixels.
 *
 * The palette is sorted by frequency (descending); `lab` is each cluster
 * centre, `rgb` that centre in sRGB rounded and clamped to the gamut.
 * Deterministic for a given `seed`.
 *
 * Art with fewer distinct colours than K is not an error: its palette is
 * exactly its colours, and `notice` says so. Only art with no opaque pixel at
 * all, or no images, throws.
 */
export function extractPalette(images: readonly Rgba8Image[], options: ExtractPaletteOptions = {}): { palette: Palette; notice?: string } {
  const { k = 32, seed = 1, maxIterations = 50, maxPoints = 4096 } = options;
  const { restarts } = options;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) {
    throw new RangeError(`The palette size must be a whole number from 1 to ${MAX_K}, got ${k}.`);
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(`maxIterations must be a whole number ≥ 1, got ${maxIterations}.`);
  }
  if (restarts !== undefined && (!Number.isInteger(restarts) || restarts < 1)) {
    throw new RangeError(`restarts must be a whole number ≥ 1, got ${restarts}.`);
  }
  if (images.length === 0) {
    throw new Error('There are no images to take a palette from. Select at least one colour image and try again.');
  }
  const distinct = distinctColors(images);
  const n = distinct.colors.length;
  if (n === 0) {
    const subject = images.length === 1 ? 'The image has no opaque pixel' : `None of the ${images.length} images has an opaque pixel`;
    throw new Error(`${subject} (alpha ≥ 128), so there are no colours to learn. Select art with visible colour and try again.`);
  }

  if (n <= k) {
    const rgb = new Uint8Array(n * 3);
    const frequency = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const c = distinct.colors[i];
      rgb[i * 3] = (c >>> 16) & 255;
      rgb[i * 3 + 1] = (c >>> 8) & 255;
      rgb[i * 3 + 2] = c & 255;
      frequency[i] = distinct.counts[i] / distinct.total;
    }
    const palette: Palette = { rgb, lab: rgb24ToLab(distinct.colors), frequency };
    if (n === k) return { palette };
    const colours = n === 1 ? 'colour' : 'colours';
    return { palette, notice: `Your art has ${n} distinct ${colours}, so the palette has ${n}, not ${k}.` };
  }

  const { points, weights } = n > maxPoints ? binColors(distinct) : { points: rgb24ToLab(distinct.colors), weights: distinct.counts };
  const kEffective = Math.min(k, weights.length);
  // One generator for all restarts: each run continues the seeded sequence, so
  // the whole result depends on `seed` alone.
  const random = createRandom(seed);
  const runs = restarts ?? Math.max(3, Math.min(20, Math.floor(RESTART_BUDGET / (weights.length * kEffective))));
  let result = kMeansLab(points, weights, kEffective, random, maxIterations);
  for (let r = 1; r < runs; r++) {
    const candidate = kMeansLab(points, weights, kEffective, random, maxIterations);
    if (candidate.inertia < result.inertia) result = candidate;
  }

  const order: number[] = [];
  for (let c = 0; c < kEffective; c++) if (result.clusterWeights[c] > 0) order.push(c);
  order.sort((x, y) => result.clusterWeights[y] - result.clusterWeights[x] || result.centres[x * 3] - result.centres[y * 3] || x - y);
  const size = order.length;
  const lab = new Float32Array(size * 3);
  const frequency = new Float32Array(size);
  let total = 0;
  for (const c of order) total += result.clusterWeights[c];
  order.forEach((c, i) => {
    lab[i * 3] = result.centres[c * 3];
    lab[i * 3 + 1] = result.centres[c * 3 + 1];
    lab[i * 3 + 2] = result.centres[c * 3 + 2];
    frequency[i] = result.clusterWeights[c] / total;
  });
  const palette: Palette = { rgb: labToRgbBytes(lab), lab, frequency };
  if (size < k) {
    return {
      palette,
      notice: `Your art's colours form only ${size} clusters, so the palette has ${size}, not ${k}.`,
    };
  }
  return { palette };
}
