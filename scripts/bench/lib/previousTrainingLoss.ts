import type { ModelInputTensors } from '../../../core/inputs/ModelInputs';
import type { WeightTensors } from '../../../core/model/forward';
import * as tf from '../../../core/tf/tf';
import { filterGradient, inputGradient } from '../../../core/tf/conv2dSame';
import type { FcnConfig } from '../../../core/types';

/**
 * The fcn's training loss as core computed it before its gradients were
 * phrased for wasm (commit 912e664 and earlier): every conv's input gradient,
 * the 1×1 head's filter gradient as a transposed matMul, tfjs's own AvgPool,
 * ResizeNearestNeighbor, Concat and logSoftmax gradients. The same maths:
 * kept only so the bench can time the two side by side on one batch.
 */
export function previousTrainingLoss(
  config: FcnConfig,
  weights: WeightTensors,
  inputs: ModelInputTensors,
  labels: tf.Tensor1D,
  k: number,
  dropoutSeed: number,
): tf.Scalar {
  const conv = (x: tf.Tensor4D, name: string, relu = true): tf.Tensor4D => {
    const y = tf.add(previousConv2dSame(x, weights.get(`${name}/kernel`) as tf.Tensor4D), weights.get(`${name}/bias`)!) as tf.Tensor4D;
    return relu ? tf.relu(y) : y;
  };
  let x = inputs.input;
  const skips: tf.Tensor4D[] = [];
  for (let level = 0; level <= config.depth; level++) {
    if (level > 0) x = tf.avgPool(x, 2, 2, 'valid') as tf.Tensor4D;
    x = conv(conv(x, `enc${level}a`), `enc${level}b`);
    if (level < config.depth) skips.push(x);
  }
  if (config.dropout > 0) x = tf.dropout(x, config.dropout, undefined, dropoutSeed) as tf.Tensor4D;
  for (let level = config.depth - 1; level >= 0; level--) {
    const skip = skips[level];
    const up = tf.image.resizeNearestNeighbor(x, [skip.shape[1], skip.shape[2]]) as tf.Tensor4D;
    x = conv(tf.concat([up, skip], 3) as tf.Tensor4D, `dec${level}`);
  }
  if (config.dropout > 0) x = tf.dropout(x, config.dropout, undefined, dropoutSeed + 1) as tf.Tensor4D;
  let logits = conv(x, 'head', false);
  if (inputs.logPrior) logits = tf.add(logits, inputs.logPrior) as tf.Tensor4D;
  const target = tf.cast(tf.oneHot(labels, k), 'float32');
  const total = tf.neg(tf.sum(tf.mul(target, tf.logSoftmax(tf.reshape(logits, [-1, k])))));
  return tf.div(total, tf.maximum(tf.sum(target), 1e-6)) as tf.Scalar;
}

function previousConv2dSame(x: tf.Tensor4D, filter: tf.Tensor4D): tf.Tensor4D {
  const op = tf.customGrad(((xIn: tf.Tensor4D, fIn: tf.Tensor4D, save: tf.GradSaveFunc) => {
    save([xIn, fIn]);
    return {
      value: tf.conv2d(xIn, fIn, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xSaved, fSaved] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dy4 = dy as tf.Tensor4D;
        const [kh, kw, c, f] = fSaved.shape;
        if (kh === 1 && kw === 1) {
          const rows = dy4.size / f;
          const dW = tf.tidy(() => tf.reshape(tf.matMul(tf.reshape(xSaved, [rows, c]), tf.reshape(dy4, [rows, f]), true, false), fSaved.shape));
          return [inputGradient(dy4, fSaved), dW];
        }
        return [inputGradient(dy4, fSaved), filterGradient(xSaved, dy4, fSaved.shape)];
      },
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x, filter) as tf.Tensor4D;
}
