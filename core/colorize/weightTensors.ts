import type { StyleFile } from '../style/StyleFile';
import * as tf from '../tf/tf';

/** A style's weights as tensors; the caller disposes them (see colorizeImage). */
export function weightTensors(style: StyleFile): Map<string, tf.Tensor> {
  return new Map(style.weights.map((w) => [w.name, tf.tensor(w.data, [...w.shape], 'float32')]));
}
