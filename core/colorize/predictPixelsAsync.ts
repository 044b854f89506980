import type { HintSources } from '../inputs/HintSources';
import type { AbortSignalLike, GrayImage } from '../types';
import { forEachPredictionTileAsync } from './forEachPredictionTileAsync';
import type { PixelPredictions } from './PixelPredictions';
import type { Predictor } from './Predictor';

export interface PredictOptions {
  readonly signal?: AbortSignalLike;
  /** Colour hints at the image's full resolution; used when the model takes hints. */
  readonly hints?: HintSources;
  /** Also every pixel's uncertainty (normalized entropy, see PixelPredictions). */
  readonly uncertainty?: boolean;
  /** Also every pixel's K probabilities (costs 4·K bytes a pixel and the read-back). */
  readonly probabilities?: boolean;
}

/**
 * The model's prediction for every pixel of a gray image, at its full
 * resolution, gathered from forEachPredictionTileAsync's tiles. Leaves no
 * tensors behind.
 */
export async function predictPixelsAsync(predictor: Predictor, gray: GrayImage, options: PredictOptions = {}): Promise<PixelPredictions> {
  const k = predictor.palette.frequency.length;
  const { width, height } = gray;
  const indices = new Int32Array(width * height);
  const uncertainty = options.uncertainty ? new Float32Array(width * height) : undefined;
  const probabilities = options.probabilities ? new Float32Array(width * height * k) : undefined;
  await forEachPredictionTileAsync(
    predictor,
    gray,
    { indices: true, uncertainty: !!uncertainty, ...(probabilities ? { evidence: 'probability' as const } : {}) },
    (tile) => {
      for (let y = 0; y < tile.height; y++) {
        const src = y * tile.width;
        const dst = (tile.y + y) * width + tile.x;
        indices.set(tile.indices!.subarray(src, src + tile.width), dst);
        uncertainty?.set(tile.uncertainty!.subarray(src, src + tile.width), dst);
        probabilities?.set(tile.evidence!.subarray(src * k, (src + tile.width) * k), dst * k);
      }
    },
    { hints: options.hints, signal: options.signal },
  );
  return { width, height, k, indices, ...(uncertainty ? { uncertainty } : {}), ...(probabilities ? { probabilities } : {}) };
}
