import type * as tf from '../tf/tf';
import { untilAborted } from '../tf/untilAborted';
import type { AbortSignalLike } from '../types';

/**
 * Reads a prediction's tensors back to the host and disposes them, whatever
 * happens. A cancel stops the wait at once (the GPU may still finish the
 * work, unseen) and is reported in the designer's words.
 */
export async function readTileTensorsAsync(tensors: tf.Tensor[], signal: AbortSignalLike | undefined): Promise<tf.TypedArray[]> {
  const values: tf.TypedArray[] = [];
  try {
    for (const t of tensors) values.push(await untilAborted(t.data(), signal));
  } catch (error) {
    if (signal?.aborted) throw new Error('Colorizing was cancelled.');
    throw error;
  } finally {
    for (const t of tensors) t.dispose();
  }
  return values;
}
