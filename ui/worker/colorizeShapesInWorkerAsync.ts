import type { StyleFile } from '../../core/index';
import type { ColorizeMode, Rgba8Image } from '../../core/types';
import type { ShapeColours, ShapeHints, ShapeMap } from '../../core/vector/ShapeMap';
import { computeWorker } from './ComputeWorker';
import { jobResultOf } from './jobResultOf';

/** core's colorizeShapes in the compute worker. */
export async function colorizeShapesInWorkerAsync(
  style: StyleFile,
  gray: Rgba8Image,
  shapeMap: ShapeMap,
  options: {
    readonly mode: ColorizeMode;
    readonly hints?: ShapeHints;
    readonly levels?: Uint8Array;
    readonly twinMap?: ShapeMap;
    readonly signal: AbortSignal;
  },
): Promise<ShapeColours> {
  const { signal, ...colorize } = options;
  const end = await computeWorker().runAsync({ type: 'COLORIZE_SHAPES', style, gray, shapeMap, options: colorize }, { signal });
  const result = jobResultOf(end) as ShapeColours | null;
  if (
    !result ||
    !(result.paletteIndex instanceof Int32Array) ||
    result.paletteIndex.length !== shapeMap.count ||
    !(result.twinOf instanceof Int32Array) ||
    result.twinOf.length !== shapeMap.count
  ) {
    throw new Error('The compute worker answered with something that is not one colour per shape.');
  }
  return result;
}
