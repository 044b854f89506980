import { predictPixelsAsync } from '../colorize/predictPixelsAsync';
import type { Predictor } from '../colorize/Predictor';
import type { Example } from '../dataset/Example';
import { accuracyOf } from './accuracyOf';

/**
 * The model's per-pixel accuracy on held-out examples, predicted as colorizing predicts (NaN with none).
 * `onFirstPrediction` receives the first example's palette indices (for a before/after to show).
 */
export async function heldOutAccuracyAsync(
  predictor: Predictor,
  examples: readonly Example[],
  onFirstPrediction?: (indices: Int32Array) => void,
): Promise<number> {
  if (examples.length === 0) return NaN;
  const predictions: Int32Array[] = [];
  for (const e of examples) predictions.push((await predictPixelsAsync(predictor, e.gray, { alpha: e.alpha })).indices);
  onFirstPrediction?.(predictions[0]);
  let i = 0;
  return accuracyOf(examples, () => predictions[i++]);
}
