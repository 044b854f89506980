import * as tf from '../tf/tf';
import type { ModelInputs, ModelInputTensors } from './ModelInputs';

/** Host-built inputs as the tensors forward takes; `shape` is [N, H, W] of the pixels. Call inside a tidy. */
export function modelInputTensors(inputs: ModelInputs, shape: readonly [number, number, number]): ModelInputTensors {
  const [n, h, w] = shape;
  if (n * h * w !== inputs.pixels) throw new RangeError(`${inputs.pixels} input pixels do not fill ${n} × ${h} × ${w}.`);
  const input = tf.tensor4d(inputs.input, [n, h, w, inputs.channels]);
  if (!inputs.logPrior) return { input };
  return { input, logPrior: tf.tensor4d(inputs.logPrior, [n, h, w, inputs.logPrior.length / inputs.pixels]) };
}
