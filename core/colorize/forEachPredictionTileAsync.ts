import type { HintSources } from '../inputs/HintSources';
import { resizeGrayAreaAverage } from '../image';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { forward } from '../model/forward';
import * as tf from '../tf/tf';
import { readTileTensorsAsync } from './readTileTensorsAsync';
import type { AbortSignalLike, GrayImage, SeedConfig } from '../types';
import { forEachLogitsTileAsync } from './forEachLogitsTileAsync';
import { paletteCosts } from './paletteCosts';
import type { Predictor } from './Predictor';

/** What to read back for every pixel; each costs a read-back, so ask only for what is used. */
export interface TileRequest {
  /** The decided palette index (arg-max, or least expected ΔE2000 for a min-delta-e model). */
  readonly indices?: boolean;
  /** The K palette probabilities or log-probabilities (computed in the graph). */
  readonly evidence?: 'probability' | 'log-probability';
  /** With `indices`: each pixel's runner-up, its likeliest colour other than the decided one (see decideUnpulled). */
  readonly runnerUp?: boolean;
}

/** A rectangle of the image and what was asked for about each of its pixels, row-major. */
export interface PredictionTile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly indices?: Int32Array;
  readonly runnerUp?: Int32Array;
  /** width × height × K. */
  readonly evidence?: Float32Array;
}

export interface PredictionTileOptions {
  /** Colour hints at the image's full resolution; used when the model takes hints. */
  readonly hints?: HintSources;
  readonly signal?: AbortSignalLike;
}

/**
 * The one home of prediction: the model's verdict on every pixel of a gray
 * image, handed over tile by tile so a caller can paint or pool without
 * holding W × H × K floats at once. The fcn runs in forEachLogitsTileAsync's
 * overlapping, K-bounded tiles and only each tile's inner part leaves the
 * backend; the seed preset predicts the whole image at S×S and hands it over
 * as one tile scaled up by nearest neighbour. Leaves no tensors behind.
 */
export async function forEachPredictionTileAsync(
  predictor: Predictor,
  gray: GrayImage,
  request: TileRequest,
  onTile: (tile: PredictionTile) => void,
  options: PredictionTileOptions = {},
): Promise<void> {
  const k = predictor.palette.frequency.length;
  const costs = request.indices && predictor.config.decision === 'min-delta-e' ? tf.tensor2d(paletteCosts(predictor.palette), [k, k]) : undefined;
  const read = (logits: tf.Tensor4D): tf.Tensor[] => [
    ...(request.indices ? [decide(logits, costs, request.runnerUp)] : []),
    ...(request.evidence ? [request.evidence === 'log-probability' ? tf.logSoftmax(logits) : tf.softmax(logits)] : []),
  ];
  const unpack = (x: number, y: number, width: number, height: number, values: tf.TypedArray[]): PredictionTile => {
    const indices = request.indices ? (values[0] as Int32Array) : undefined;
    const evidence = request.evidence ? (values[indices ? 1 : 0] as Float32Array) : undefined;
    return {
      x,
      y,
      width,
      height,
      ...(indices ? { indices, ...(request.runnerUp ? { runnerUp: unpackRunnerUp(indices, k) } : {}) } : {}),
      ...(evidence ? { evidence } : {}),
    };
  };
  try {
    const { config } = predictor;
    if (config.preset === 'seed') {
      onTile(await predictSeedAsync(predictor, config, gray, read, unpack, options.signal));
      return;
    }
    await forEachLogitsTileAsync(
      predictor,
      gray,
      // Only the tile's inner part leaves the backend.
      (logits, tile) => read(tf.slice(logits, [0, tile.offsetY, tile.offsetX, 0], [1, tile.height, tile.width, k])),
      (tile, values) => onTile(unpack(tile.x, tile.y, tile.width, tile.height, values)),
      options,
    );
  } finally {
    costs?.dispose();
  }
}

/**
 * Logits → palette indices: the arg-max, or with `costs` (K × K ΔE00) the
 * colour of least expected error under the softmax (minimum Bayes risk).
 * With `runnerUp`, each pixel's likeliest colour other than the decided one
 * too, packed in the same read-back as decided + K × runner-up (see
 * unpackRunnerUp): the arg-max of the logits with the decided colour's logit
 * pushed down. Colorizing test/021 (128²) with one dot, median of 25:
 * 34.7 → 37.0 ms (256²: 137 → 145 ms); the runner-up's own expected-error
 * decision (a second K × K product), a top-2, or reading the K
 * log-probabilities back took 43–72 ms.
 */
function decide(logits: tf.Tensor4D, costs: tf.Tensor2D | undefined, runnerUp = false): tf.Tensor {
  const [n, h, w, k] = logits.shape;
  const flat = tf.reshape(logits, [-1, k]);
  const decided = costs ? tf.argMin(tf.matMul(tf.softmax(flat), costs), 1) : tf.argMax(flat, 1);
  if (!runnerUp) return tf.reshape(decided, [n, h, w]);
  const runner = tf.argMax(tf.add(flat, tf.oneHot(decided, k, -1e9, 0, 'float32')), 1);
  return tf.reshape(tf.add(decided, tf.mul(runner, k)), [n, h, w]);
}

/** Unpacks decide's decided + K × runner-up in place into the decided indices, and returns the runner-ups. */
function unpackRunnerUp(packed: Int32Array, k: number): Int32Array {
  const runner = new Int32Array(packed.length);
  for (let i = 0; i < packed.length; i++) {
    const decided = packed[i] % k;
    runner[i] = (packed[i] - decided) / k;
    packed[i] = decided;
  }
  return runner;
}

/** The seed preset sees the whole image at S×S; its verdicts are scaled back up by nearest neighbour. */
async function predictSeedAsync(
  predictor: Predictor,
  config: SeedConfig,
  gray: GrayImage,
  read: (logits: tf.Tensor4D) => tf.Tensor[],
  unpack: (x: number, y: number, width: number, height: number, values: tf.TypedArray[]) => PredictionTile,
  signal: AbortSignalLike | undefined,
): Promise<PredictionTile> {
  const s = config.size;
  const k = predictor.palette.frequency.length;
  const { width, height } = gray;
  const side = Math.max(width, height);
  const offX = Math.floor((side - width) / 2);
  const offY = Math.floor((side - height) / 2);
  const square = new Float32Array(side * side).fill(1);
  for (let y = 0; y < height; y++) square.set(gray.data.subarray(y * width, (y + 1) * width), (y + offY) * side + offX);
  // Area-averaged like the training images (fitForModel), so the net sees what it learnt from.
  const input = resizeGrayAreaAverage({ width: side, height: side, data: square }, s, s);
  const inputs = buildModelInputs(config, k, { gray: input.data, prior: predictor.prior });
  const tensors = tf.tidy(() => read(forward(config, predictor.weights, modelInputTensors(inputs, [1, s, s]))));
  const small = await readTileTensorsAsync(tensors, signal);
  const from = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(s - 1, Math.floor(((y + offY + 0.5) * s) / side));
    for (let x = 0; x < width; x++) from[y * width + x] = sy * s + Math.min(s - 1, Math.floor(((x + offX + 0.5) * s) / side));
  }
  const large = small.map((values) => {
    const per = values.length / (s * s);
    const out = values instanceof Int32Array ? new Int32Array(width * height * per) : new Float32Array(width * height * per);
    for (let i = 0; i < from.length; i++) out.set(values.subarray(from[i] * per, from[i] * per + per), i * per);
    return out;
  });
  return unpack(0, 0, width, height, large);
}
