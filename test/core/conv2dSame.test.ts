import { describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import '@tensorflow/tfjs-backend-cpu';
import { conv2dSame } from '../../core/tf/conv2dSame';

function maxRelativeError(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.div(tf.max(tf.abs(tf.sub(a, b))), tf.max(tf.abs(b))).dataSync()[0]);
}

describe('conv2dSame', () => {
  it('matches the stock conv2d forward and gradients on odd sizes and kernels', async () => {
    await tf.setBackend('cpu');
    for (const [k, c, f] of [
      [3, 5, 7],
      [5, 2, 3],
      [1, 4, 6],
    ]) {
      const x = tf.randomNormal([2, 23, 19, c], 0, 1, 'float32', 7) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, c, f], 0, 1, 'float32', 8) as tf.Tensor4D;
      const probe = tf.randomNormal([2, 23, 19, f], 0, 1, 'float32', 9);
      const loss = (conv: (a: tf.Tensor4D, b: tf.Tensor4D) => tf.Tensor) => (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(conv(a as tf.Tensor4D, b as tf.Tensor4D), probe));
      const stock = tf.grads(loss((a, b) => tf.conv2d(a, b, 1, 'same')))([x, w]);
      const ours = tf.grads(loss(conv2dSame))([x, w]);
      expect(maxRelativeError(conv2dSame(x, w), tf.conv2d(x, w, 1, 'same'))).toBe(0);
      expect(maxRelativeError(ours[0], stock[0])).toBeLessThan(1e-5);
      expect(maxRelativeError(ours[1], stock[1])).toBeLessThan(1e-5);
      tf.dispose([x, w, probe, ...stock, ...ours]);
    }
  });
});
