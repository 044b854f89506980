import * as tf from './tf';

/**
 * 2×2 average pooling, stride 2, of an image with even sides, with the
 * gradient phrased as a nearest-neighbour 2× upsample of dy / 4 (each input
 * pixel receives a quarter of its block's gradient). wasm's AvgPoolGrad took
 * 26 ms at batch 8 × 64² × 16, the upsample about 4.
 */
export function avgPool2x2(x: tf.Tensor4D): tf.Tensor4D {
  const [, h, w] = x.shape;
  if (h % 2 !== 0 || w % 2 !== 0) throw new RangeError(`avgPool2x2 needs even sides, got ${w}×${h}.`);
  const op = tf.customGrad(((xIn: tf.Tensor4D) => ({
    value: tf.avgPool(xIn, 2, 2, 'valid'),
    gradFunc: (dy: tf.Tensor) => tf.tidy(() => tf.mul(tf.image.resizeNearestNeighbor(dy as tf.Tensor4D, [h, w]), 0.25)),
  })) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor4D;
}
