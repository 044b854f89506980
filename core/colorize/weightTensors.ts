import type { StyleFile } from '../style/StyleFile';
import * as tf from '../tf/tf';
import { PRIOR_WEIGHT } from '../inputs/buildPrior';

/**
 * A style's network weights as tensors; the caller disposes them (see
 * colorizeImage). The prior table stays on the host (see priorOf).
 */
export function weightTensors(style: StyleFile): Map<string, tf.Tensor> {
  return new Map(style.weights.filter((w) => w.name !== PRIOR_WEIGHT).map((w) => [w.name, tf.tensor(w.data, [...w.shape], 'float32')]));
}

/** The style's context-free prior table (256 × K log-probabilities), if its model uses one. */
export function priorOf(style: StyleFile): Float32Array | undefined {
  return style.weights.find((w) => w.name === PRIOR_WEIGHT)?.data;
}
