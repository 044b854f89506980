import type { ColorizeResult, StyleFile } from '../../core/index';
import type { ColorizeMode, Rgba8Image } from '../../core/types';
import { computeWorker } from './ComputeWorker';
import { jobResultOf } from './jobResultOf';

/**
 * core's colorizeImage, run in the compute worker so the panel stays
 * responsive. `batchId`: the worker keeps the style's weights uploaded for
 * the next image of the same batch, until releaseBatch.
 */
export async function colorizeInWorkerAsync(
  style: StyleFile,
  image: Rgba8Image,
  options: {
    readonly mode: ColorizeMode;
    readonly hints?: Rgba8Image;
    readonly uncertainty?: boolean;
    /** The art as it is, when `image` is its gray split: see core's colorizeImage. */
    readonly art?: Rgba8Image;
    readonly signal: AbortSignal;
    readonly batchId?: number;
  },
): Promise<ColorizeResult> {
  const { signal, batchId, ...colorize } = options;
  const end = await computeWorker().runAsync({ type: 'COLORIZE', style, image, batchId, options: colorize }, { signal });
  const result = jobResultOf(end) as ColorizeResult | null;
  // The worker is this bundle, yet its answer is read only once it has the promised shape.
  if (
    !result ||
    result.width !== image.width ||
    result.height !== image.height ||
    !(result.data instanceof Uint8ClampedArray || result.data instanceof Uint8Array) ||
    result.data.length !== image.width * image.height * 4 ||
    !Array.isArray(result.notices)
  ) {
    throw new Error('The compute worker answered colorizing with something that is not the colorized image.');
  }
  return result;
}
