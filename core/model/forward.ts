import * as tf from '../tf/tf';
import { avgPool2x2 } from '../tf/avgPool2x2';
import { conv2dSame } from '../tf/conv2dSame';
import { upsample2x } from '../tf/upsample2x';
import type { ModelInputTensors } from '../inputs/ModelInputs';
import type { FcnConfig, ModelConfig, SeedConfig } from '../types';

/** Live weights by name, as tf.Variables while training or tensors while colorizing. */
export type WeightTensors = ReadonlyMap<string, tf.Tensor>;

/** How forward runs: inference by default. */
export interface ForwardOptions {
  /** Turns dropout on and keeps every activation for the gradients. */
  readonly training?: boolean;
  /** Makes the dropout masks reproducible; new for every step. */
  readonly dropoutSeed?: number;
}

/**
 * Per-pixel logits [N, H, W, K] from a model's per-pixel inputs (see
 * buildModelInputs and modelInputTensors); K is the weights'. The fcn
 * preset needs H and W divisible by 2^depth (see paddedSize); the seed preset
 * needs exactly S×S. In inference each activation, the input's included, is
 * freed as soon as the next layer has read it (call it inside a tidy).
 */
export function forward(config: ModelConfig, weights: WeightTensors, inputs: ModelInputTensors, options: ForwardOptions = {}): tf.Tensor4D {
  const training = options.training ?? false;
  const logits =
    config.preset === 'fcn'
      ? fcnForward(config, weights, inputs.input, training, options.dropoutSeed)
      : seedForward(config, weights, inputs.input, training, options.dropoutSeed);
  if (!config.prior) return logits;
  if (!inputs.logPrior) throw new Error('This model adds a context-free prior: pass its inputs (see buildModelInputs).');
  const out = tf.add(logits, inputs.logPrior) as tf.Tensor4D;
  if (!training) logits.dispose();
  return out;
}

/** The palette size K a model's weights were made for: the width of its last layer. */
export function paletteSizeOf(config: ModelConfig, weights: WeightTensors): number {
  if (config.preset === 'fcn') return get(weights, 'head/bias').shape[0];
  return get(weights, 'out/bias').shape[0] / (config.size * config.size);
}

function get(weights: WeightTensors, name: string): tf.Tensor {
  const w = weights.get(name);
  if (!w) throw new Error(`The style has no weight "${name}"; it is damaged or from another version.`);
  return w;
}

function fcnForward(config: FcnConfig, weights: WeightTensors, input: tf.Tensor4D, training: boolean, dropoutSeed?: number): tf.Tensor4D {
  const conv = (x: tf.Tensor4D, name: string, relu = true): tf.Tensor4D => {
    const filter = get(weights, `${name}/kernel`) as tf.Tensor4D;
    const bias = get(weights, `${name}/bias`);
    if (!training) {
      // Inference needs no gradients, so one fused kernel does conv, bias and ReLU.
      return tf.fused.conv2d({ x, filter, strides: 1, pad: 'same', bias, activation: relu ? 'relu' : 'linear' });
    }
    // The network's input is data: its first layer needs no input gradient.
    const y = tf.add(conv2dSame(x, filter, { inputNeedsGradient: x !== input }), bias) as tf.Tensor4D;
    return relu ? tf.relu(y) : y;
  };
  // Training: a conv over [up, skip] is the sum of a conv over each with its
  // slice of the filter. The same sums, without the concat and the backward
  // pass's split (wasm's SplitV and Concat took 40 ms of a step).
  const convJoined = (up: tf.Tensor4D, skip: tf.Tensor4D, name: string): tf.Tensor4D => {
    const filter = get(weights, `${name}/kernel`) as tf.Tensor4D;
    const [kh, kw, , f] = filter.shape;
    const cUp = up.shape[3];
    const upFilter = tf.slice(filter, [0, 0, 0, 0], [kh, kw, cUp, f]) as tf.Tensor4D;
    const skipFilter = tf.slice(filter, [0, 0, cUp, 0], [kh, kw, skip.shape[3], f]) as tf.Tensor4D;
    const y = tf.add(tf.add(conv2dSame(up, upFilter), conv2dSame(skip, skipFilter)), get(weights, `${name}/bias`)) as tf.Tensor4D;
    return tf.relu(y);
  };
  // Colorizing keeps no tape, so each activation is freed as soon as the next
  // layer has read it: peak memory is a few layers, not the whole network
  // (a 1024² tile needed 2.7 GB otherwise).
  const then = <T>(result: T, ...used: tf.Tensor[]): T => {
    if (!training) for (const t of used) t.dispose();
    return result;
  };
  let x = input;
  const skips: tf.Tensor4D[] = [];
  for (let level = 0; level <= config.depth; level++) {
    // Training pools and upsamples with gradients phrased for speed (see avgPool2x2, upsample2x): the same values.
    if (level > 0) x = then(training ? avgPool2x2(x) : (tf.avgPool(x, 2, 2, 'valid') as tf.Tensor4D), ...(skips.includes(x) ? [] : [x]));
    const a = then(conv(x, `enc${level}a`), ...(skips.includes(x) ? [] : [x]));
    x = then(conv(a, `enc${level}b`), a);
    if (level < config.depth) skips.push(x);
  }
  if (training && config.dropout > 0) x = tf.dropout(x, config.dropout, undefined, dropoutSeed) as tf.Tensor4D;
  for (let level = config.depth - 1; level >= 0; level--) {
    const skip = skips[level];
    if (training) {
      x = convJoined(upsample2x(x), skip, `dec${level}`);
      continue;
    }
    const up = then(tf.image.resizeNearestNeighbor(x, [skip.shape[1], skip.shape[2]]) as tf.Tensor4D, x);
    const joined = then(tf.concat([up, skip], 3) as tf.Tensor4D, up, skip);
    x = then(conv(joined, `dec${level}`), joined);
  }
  if (training && config.dropout > 0) x = tf.dropout(x, config.dropout, undefined, dropoutSeed === undefined ? undefined : dropoutSeed + 1) as tf.Tensor4D;
  return then(conv(x, 'head', false), x);
}

function seedForward(config: SeedConfig, weights: WeightTensors, x: tf.Tensor4D, training: boolean, dropoutSeed?: number): tf.Tensor4D {
  const k = paletteSizeOf(config, weights);
  const [n, h, w] = x.shape;
  const s = config.size;
  if (h !== s || w !== s) throw new Error(`The seed preset works on ${s}×${s} images, got ${w}×${h}.`);
  const conv = tf.relu(tf.add(conv2dSame(x, get(weights, 'conv/kernel') as tf.Tensor4D), get(weights, 'conv/bias')));
  let hidden = tf.relu(tf.add(tf.matMul(tf.reshape(conv, [n, s * s * 32]), get(weights, 'hidden/kernel') as tf.Tensor2D), get(weights, 'hidden/bias')));
  if (training && config.dropout > 0) hidden = tf.dropout(hidden, config.dropout, undefined, dropoutSeed);
  const out = tf.add(tf.matMul(hidden as tf.Tensor2D, get(weights, 'out/kernel') as tf.Tensor2D), get(weights, 'out/bias'));
  return tf.reshape(out, [n, s, s, k]);
}

/** Smallest size ≥ `size` that the fcn's pooling divides evenly. */
export function paddedSize(config: ModelConfig, size: number): number {
  if (config.preset === 'seed') return config.size;
  const m = 2 ** config.depth;
  return Math.ceil(size / m) * m;
}
