import { forward, type WeightTensors } from '../model/forward';
import { resizeGrayAreaAverage } from '../image';
import * as tf from '../tf/tf';
import type { AbortSignalLike, GrayImage, ModelConfig, Palette } from '../types';
import { paletteCosts } from './paletteCosts';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { forEachLogitsTileAsync } from './forEachLogitsTileAsync';
import type { HintSources } from '../hints/HintSources';

/** What a prediction can take and give besides the palette indices. */
export interface PredictExtras {
  /** Colour hints at the image's full resolution; used when the model takes hints. */
  readonly hints?: HintSources;
  /** Filled, when given, with each pixel's normalized entropy of the model's palette probabilities, in [0, 1]. */
  readonly uncertainty?: Float32Array;
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

async function predictTiled(config: ModelConfig, weights: WeightTensors, k: number, gray: GrayImage, costs: tf.Tensor2D | undefined, prior: Float32Array | undefined, signal: AbortSignalLike | undefined, extras: PredictExtras): Promise<Int32Array> {
  const { width } = gray;
  const out = new Int32Array(width * gray.height);
  const uncertainty = extras.uncertainty;
  await forEachLogitsTileAsync(
    config,
    weights,
    k,
    gray,
    prior,
    (logits) => (uncertainty ? [decide(logits, costs), normalizedEntropy(logits)] : [decide(logits, costs)]),
    (tile, [predicted, unsure]) => {
      for (let y = tile.y; y < tile.y + tile.height; y++) {
        const src = (y - tile.y + tile.offsetY) * tile.stride + tile.offsetX;
        out.set(predicted.subarray(src, src + tile.width), y * width + tile.x);
        if (uncertainty) uncertainty.set(unsure.subarray(src, src + tile.width), y * width + tile.x);
      }
    },
    { hints: extras.hints, signal },
  );
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
