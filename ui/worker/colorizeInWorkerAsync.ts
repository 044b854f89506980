import type { ColorizeResult, StyleFile } from '../../core/index';
import type { WorkerJobEnd } from './workerMessages';
import type { ColorizeMode, Rgba8Image } from '../../core/types';
import type { ShapeColours, ShapeHints, ShapeMap } from '../../core/vector/ShapeMap';
import { computeWorker } from './ComputeWorker';

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
    readonly signal: AbortSignal;
    readonly batchId?: number;
  },
): Promise<ColorizeResult> {
  const { signal, batchId, ...colorize } = options;
  const end = await computeWorker().runAsync({ type: 'COLORIZE', style, image, batchId, options: colorize }, { signal });
  const result = resultOf(end) as ColorizeResult | null;
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

/** core's colorizeShapes in the compute worker. */
export async function colorizeShapesInWorkerAsync(
  style: StyleFile,
  gray: Rgba8Image,
  shapeMap: ShapeMap,
  options: { readonly mode: ColorizeMode; readonly hints?: ShapeHints; readonly levels?: Uint8Array; readonly signal: AbortSignal },
): Promise<ShapeColours> {
  const { signal, ...colorize } = options;
  const end = await computeWorker().runAsync({ type: 'COLORIZE_SHAPES', style, gray, shapeMap, options: colorize }, { signal });
  const result = resultOf(end) as ShapeColours | null;
  if (!result || !(result.paletteIndex instanceof Int32Array) || result.paletteIndex.length !== shapeMap.count) {
    throw new Error('The compute worker answered with something that is not one colour per shape.');
  }
  return result;
}

/** Frees the weights the worker kept for a colorize batch. */
export function releaseBatch(batchId: number): void {
  computeWorker().post({ type: 'RELEASE_BATCH', batchId });
}

let nextBatchId = 1;
/** A fresh id for a colorize batch. */
export function newBatchId(): number {
  return nextBatchId++;
}

function resultOf(end: WorkerJobEnd): unknown {
  if (end.type === 'FAILED') throw new Error(end.message);
  if (end.type === 'STOPPED') throw new Error(end.message);
  return end.result;
}
