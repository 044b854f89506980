import { forward, paddedSize, type WeightTensors } from '../model/forward';
import { resizeGrayAreaAverage } from '../image';
import * as tf from '../tf/tf';
import type { AbortSignalLike, GrayImage, ModelConfig, Palette } from '../types';
import { fcnLayers } from '../model/fcnLayers';
import { untilAborted } from '../train/untilAborted';
import { paletteCosts } from './paletteCosts';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { tileSizeFor } from './tileSizeFor';
import type { HintSources } from '../hints/HintSources';

/** What a prediction can take and give besides the palette indices. */
export interface PredictExtras {
  /** Colour hints at the image's full resolution; used when the model takes hints. */
  readonly hints?: HintSources;
  /** Filled, when given, with each pixel's normalized entropy of the model's palette probabilities, in [0, 1]. */
  readonly uncertainty?: Float32Array;
}

/**
 * Tile side for large images, which bounds memory: a few live layers of a
 * tile, ~150 channels of float32 per pixel (see forward). On the CPU
 * backends (wasm, cpu) memory is the host's and fewer, larger tiles waste
 * less work on margins; WebGL keeps every activation in GPU memory.
 */
function tileSide(): number {
  return tf.getBackend() === 'webgl' ? 512 : 1024;
}
/**
 * Context each tile borrows from its neighbours, so seams do not show: the
 * network's receptive-field radius (each 3×3 layer adds one pixel at its
 * scale), rounded up to the pooling grid so tiles keep its alignment.
 */
function tileMargin(config: ModelConfig): number {
  if (config.preset !== 'fcn') return 0;
  let radius = 0;
  for (const layer of fcnLayers(config, 1)) radius += ((layer.kernel - 1) / 2) / layer.scale;
  const grid = 2 ** config.depth;
  return Math.ceil(radius / grid) * grid;
}

/**
 * The model's palette index for every pixel of a gray image, at its full
 * resolution. Large images run in overlapping tiles; each tile's margin is
 * discarded, so a pixel is always predicted with its surroundings in view.
 * Outside the image the network sees white, like the art's canvas.
 */
export async function predictIndices(config: ModelConfig, weights: WeightTensors, palette: Palette, gray: GrayImage, prior?: Float32Array, signal?: AbortSignalLike, extras: PredictExtras = {}): Promise<Int32Array> {
  const k = palette.frequency.length;
  const costs = config.decision === 'min-delta-e' ? tf.tensor2d(paletteCosts(palette), [k, k]) : undefined;
  try {
    return config.preset === 'seed' ? await predictSeed(config.size, config, weights, k, gray, costs, prior) : await predictTiled(config, weights, k, gray, costs, prior, signal, extras);
  } finally {
    costs?.dispose();
  }
}

/**
 * Logits → palette indices: the arg-max, or with `costs` (K × K ΔE00) the
 * colour of least expected error under the softmax (minimum Bayes risk).
 */
function decide(logits: tf.Tensor4D, costs: tf.Tensor2D | undefined): tf.Tensor {
  if (!costs) return tf.argMax(logits, 3);
  const [n, h, w, k] = logits.shape;
  const expected = tf.matMul(tf.softmax(tf.reshape(logits, [-1, k])), costs);
  return tf.reshape(tf.argMin(expected, 1), [n, h, w]);
}

/** Normalized entropy of the softmax of logits [N, H, W, K], per pixel: 0 sure, 1 all colours alike. */
function normalizedEntropy(logits: tf.Tensor4D): tf.Tensor {
  const k = logits.shape[3];
  const logP = tf.logSoftmax(logits, 3);
  const h = tf.neg(tf.sum(tf.mul(tf.exp(logP), logP), 3));
  return k > 1 ? tf.div(h, Math.log(k)) : tf.zerosLike(h);
}

/** The rectangle [x0, x1) × [y0, y1) of full-image hints, padded to pw × ph with "no hint". */
function hintTile(hints: HintSources, width: number, x0: number, y0: number, x1: number, y1: number, pw: number, ph: number): HintSources {
  const cut = (full: Int32Array): Int32Array => {
    const out = new Int32Array(pw * ph).fill(-1);
    for (let y = y0; y < y1; y++) out.set(full.subarray(y * width + x0, y * width + x1), (y - y0) * pw);
    return out;
  };
  return { index: cut(hints.index), fill: cut(hints.fill), global: cut(hints.global) };
}

async function predictTiled(config: ModelConfig, weights: WeightTensors, k: number, gray: GrayImage, costs: tf.Tensor2D | undefined, prior: Float32Array | undefined, signal: AbortSignalLike | undefined, extras: PredictExtras): Promise<Int32Array> {
  const margin = tileMargin(config);
  const { width, height } = gray;
  const out = new Int32Array(width * height);
  const tile = tileSizeFor(config, k, { margin, largest: tileSide() });
  for (let ty = 0; ty < height; ty += tile) {
    for (let tx = 0; tx < width; tx += tile) {
      const w = Math.min(tile, width - tx);
      const h = Math.min(tile, height - ty);
      if (signal?.aborted) throw new Error('Colorizing was cancelled.');
      const x0 = Math.max(0, tx - margin);
      const y0 = Math.max(0, ty - margin);
      const x1 = Math.min(width, tx + w + margin);
      const y1 = Math.min(height, ty + h + margin);
      const pw = paddedSize(config, x1 - x0);
      const ph = paddedSize(config, y1 - y0);
      const padded = new Float32Array(pw * ph).fill(1);
      for (let y = y0; y < y1; y++) padded.set(gray.data.subarray(y * width + x0, y * width + x1), (y - y0) * pw);
      const hints = extras.hints ? hintTile(extras.hints, width, x0, y0, x1, y1, pw, ph) : undefined;
      const inputs = buildModelInputs(config, k, { gray: padded, prior, hints });
      const [indices, entropy] = tf.tidy(() => {
        const logits = forward(config, weights, modelInputTensors(inputs, [1, ph, pw]));
        return extras.uncertainty ? [decide(logits, costs), normalizedEntropy(logits)] : [decide(logits, costs)];
      });
      let predicted: Int32Array;
      let unsure: Float32Array | undefined;
      try {
        predicted = (await untilAborted(indices.data(), signal)) as Int32Array;
        if (entropy) unsure = (await untilAborted(entropy.data(), signal)) as Float32Array;
      } catch (error) {
        if (signal?.aborted) throw new Error('Colorizing was cancelled.');
        throw error;
      } finally {
        indices.dispose();
        entropy?.dispose();
      }
      for (let y = ty; y < ty + h; y++) {
        const src = (y - y0) * pw + (tx - x0);
        out.set(predicted.subarray(src, src + w), y * width + tx);
        if (unsure) extras.uncertainty!.set(unsure.subarray(src, src + w), y * width + tx);
      }
    }
  }
  return out;
}

/** The seed preset sees the whole image at S×S; indices are scaled back up by nearest neighbour. */
async function predictSeed(s: number, config: ModelConfig, weights: WeightTensors, k: number, gray: GrayImage, costs: tf.Tensor2D | undefined, prior: Float32Array | undefined): Promise<Int32Array> {
  const { width, height } = gray;
  const side = Math.max(width, height);
  const offX = Math.floor((side - width) / 2);
  const offY = Math.floor((side - height) / 2);
  const square = new Float32Array(side * side).fill(1);
  for (let y = 0; y < height; y++) square.set(gray.data.subarray(y * width, (y + 1) * width), (y + offY) * side + offX);
  // Area-averaged like the training images (fitForModel), so the net sees what it learnt from.
  const input = resizeGrayAreaAverage({ width: side, height: side, data: square }, s, s);
  const inputs = buildModelInputs(config, k, { gray: input.data, prior });
  const indices = tf.tidy(() => decide(forward(config, weights, modelInputTensors(inputs, [1, s, s])), costs));
  const small = (await indices.data()) as Int32Array;
  indices.dispose();
  const out = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(s - 1, Math.floor(((y + offY + 0.5) * s) / side));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(s - 1, Math.floor(((x + offX + 0.5) * s) / side));
      out[y * width + x] = small[sy * s + sx];
    }
  }
  return out;
}
