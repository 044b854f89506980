import { describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import '@tensorflow/tfjs-backend-cpu';
import { defaultFcnConfig } from '../../core/model/defaultConfigs';
import { forward } from '../../core/model/forward';
import { initWeights } from '../../core/model/initWeights';
import { avgPool2x2 } from '../../core/tf/avgPool2x2';
import { conv2dSame } from '../../core/tf/conv2dSame';
import { upsample2x } from '../../core/tf/upsample2x';
import { pixelLoss } from '../../core/train/pixelLoss';
import type { FcnConfig } from '../../core/types';

function maxRelativeError(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.div(tf.max(tf.abs(tf.sub(a, b))), tf.max(tf.abs(b))).dataSync()[0]);
}

/**
 * Nearest-neighbour 2× upsampling from stock tiles: the reference for
 * upsample2x's gradient, because the cpu backend's ResizeNearestNeighborGrad
 * is wrong for batches of more than one image (tfjs 4.22; wasm's is right).
 */
function tiledUpsample(x: tf.Tensor4D): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const columns = tf.reshape(tf.tile(tf.reshape(x, [n * h * w, 1, c]), [1, 2, 1]), [n * h, 1, 2 * w * c]);
  return tf.reshape(tf.tile(columns, [1, 2, 1]), [n, 2 * h, 2 * w, c]);
}

/** The U-Net's training forward written with stock tfjs ops only: the reference for forward's faster gradients. */
function stockForward(config: FcnConfig, weights: Map<string, tf.Tensor>, input: tf.Tensor4D, logPrior: tf.Tensor4D): tf.Tensor4D {
  const conv = (x: tf.Tensor4D, name: string, relu = true): tf.Tensor4D => {
    const y = tf.add(tf.conv2d(x, weights.get(`${name}/kernel`) as tf.Tensor4D, 1, 'same'), weights.get(`${name}/bias`)!) as tf.Tensor4D;
    return relu ? tf.relu(y) : y;
  };
  let x = input;
  const skips: tf.Tensor4D[] = [];
  for (let level = 0; level <= config.depth; level++) {
    if (level > 0) x = tf.avgPool(x, 2, 2, 'valid') as tf.Tensor4D;
    x = conv(conv(x, `enc${level}a`), `enc${level}b`);
    if (level < config.depth) skips.push(x);
  }
  for (let level = config.depth - 1; level >= 0; level--) {
    const skip = skips[level];
    const up = tiledUpsample(x);
    x = conv(tf.concat([up, skip], 3) as tf.Tensor4D, `dec${level}`);
  }
  return tf.add(conv(x, 'head', false), logPrior) as tf.Tensor4D;
}

function stockLoss(logits: tf.Tensor4D, labels: tf.Tensor1D, k: number, classWeights?: tf.Tensor1D): tf.Scalar {
  const target = tf.mul(tf.cast(tf.oneHot(labels, k), 'float32'), classWeights ?? 1);
  const total = tf.neg(tf.sum(tf.mul(target, tf.logSoftmax(tf.reshape(logits, [-1, k])))));
  return tf.div(total, tf.maximum(tf.sum(target), 1e-6)) as tf.Scalar;
}

describe('training gradients', () => {
  it('conv2dSame without an input gradient, avgPool2x2, upsample2x and pixelLoss match the stock ops and their gradients', async () => {
    await tf.setBackend('cpu');
    const x = tf.randomNormal([2, 6, 10, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
    const probe = tf.randomNormal([2, 6, 10, 4], 0, 1, 'float32', 3);
    const [stockW] = tf.grads((f: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, f as tf.Tensor4D, 1, 'same'), probe)))([w]);
    const [ourW] = tf.grads((f: tf.Tensor) => tf.sum(tf.mul(conv2dSame(x, f as tf.Tensor4D, { inputNeedsGradient: false }), probe)))([w]);
    expect(maxRelativeError(ourW, stockW)).toBeLessThan(1e-5);

    const pooledProbe = tf.randomNormal([2, 3, 5, 3], 0, 1, 'float32', 4);
    const [stockPool] = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(tf.avgPool(a as tf.Tensor4D, 2, 2, 'valid'), pooledProbe)))([x]);
    const [ourPool] = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(avgPool2x2(a as tf.Tensor4D), pooledProbe)))([x]);
    expect(maxRelativeError(avgPool2x2(x), tf.avgPool(x, 2, 2, 'valid'))).toBe(0);
    expect(maxRelativeError(ourPool, stockPool)).toBeLessThan(1e-6);

    const upProbe = tf.randomNormal([2, 12, 20, 3], 0, 1, 'float32', 5);
    const [stockUp] = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(tiledUpsample(a as tf.Tensor4D), upProbe)))([x]);
    const [ourUp] = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(upsample2x(a as tf.Tensor4D), upProbe)))([x]);
    expect(maxRelativeError(upsample2x(x), tf.image.resizeNearestNeighbor(x, [12, 20]))).toBe(0);
    expect(maxRelativeError(tiledUpsample(x), tf.image.resizeNearestNeighbor(x, [12, 20]))).toBe(0);
    expect(maxRelativeError(ourUp, stockUp)).toBeLessThan(1e-6);

    // Unlabelled pixels (-1) and class weights included.
    const labels = tf.tensor1d(
      Array.from({ length: 120 }, (_, i) => (i % 7 === 0 ? -1 : (i * 5) % 4)),
      'int32',
    );
    const weights = tf.tensor1d([0.5, 1, 2, 1.5]);
    for (const classWeights of [undefined, weights]) {
      const [stockL] = tf.grads((l: tf.Tensor) => stockLoss(l as tf.Tensor4D, labels, 4, classWeights))([probe]);
      const [ourL] = tf.grads((l: tf.Tensor) => pixelLoss(l as tf.Tensor4D, labels, 4, classWeights))([probe]);
      expect(
        Math.abs(
          pixelLoss(probe as tf.Tensor4D, labels, 4, classWeights).dataSync()[0] - stockLoss(probe as tf.Tensor4D, labels, 4, classWeights).dataSync()[0],
        ),
      ).toBeLessThan(1e-5);
      expect(maxRelativeError(ourL, stockL)).toBeLessThan(1e-5);
    }
  });

  it("the U-Net's training forward gives every weight the stock ops' gradient, and leaves no tensor behind", async () => {
    await tf.setBackend('cpu');
    const config: FcnConfig = { ...defaultFcnConfig, width: 4, dropout: 0 };
    const k = 5;
    const named = initWeights(config, k, 3);
    const variables = new Map(named.map((w) => [w.name, tf.variable(tf.tensor(w.data, [...w.shape]), true, `grad-test/${w.name}`)] as const));
    const channels = named.find((w) => w.name === 'enc0a/kernel')!.shape[2];
    const input = tf.randomUniform([2, 12, 16, channels], 0, 1, 'float32', 6) as tf.Tensor4D;
    const logPrior = tf.randomNormal([2, 12, 16, k], 0, 1, 'float32', 7) as tf.Tensor4D;
    const labels = tf.randomUniform([2 * 12 * 16], -1, k, 'int32', 8) as tf.Tensor1D;
    const before = tf.memory().numTensors;
    const ours = tf.variableGrads(() => pixelLoss(forward(config, variables, { input, logPrior }, { training: true }), labels, k));
    const stock = tf.variableGrads(() => stockLoss(stockForward(config, variables, input, logPrior), labels, k));
    expect(Math.abs(ours.value.dataSync()[0] - stock.value.dataSync()[0])).toBeLessThan(1e-5);
    for (const v of variables.values()) expect(maxRelativeError(ours.grads[v.name], stock.grads[v.name]), v.name).toBeLessThan(1e-5);
    tf.dispose([ours.value, stock.value, ...Object.values(ours.grads), ...Object.values(stock.grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([input, logPrior, labels, ...variables.values()]);
  });
});
