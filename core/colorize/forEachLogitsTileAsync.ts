import type { HintSources } from '../inputs/HintSources';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { fcnLayers } from '../model/fcnLayers';
import { forward, paddedSize } from '../model/forward';
import * as tf from '../tf/tf';
import { readTileTensorsAsync } from './readTileTensorsAsync';
import type { AbortSignalLike, GrayImage, ModelConfig } from '../types';
import type { Predictor } from './Predictor';
import { tileSizeFor } from './tileSizeFor';

/**
 * One tile of an image: its inner rectangle (x, y, width, height) in the
 * image, and where that rectangle sits in the padded tile the network saw
 * (offsetX, offsetY; rows of `stride` pixels).
 */
export interface LogitsTile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly stride: number;
}

export interface LogitsTileOptions {
  /** Colour hints at the image's full resolution; used when the model takes hints. */
  readonly hints?: HintSources;
  readonly signal?: AbortSignalLike;
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
  for (const layer of fcnLayers(config, 1)) radius += (layer.kernel - 1) / 2 / layer.scale;
  const grid = 2 ** config.depth;
  return Math.ceil(radius / grid) * grid;
}

/** The rectangle [x0, x1) × [y0, y1) of full-image hints, padded to pw × ph with "no hint". */
function hintTile(hints: HintSources, width: number, x0: number, y0: number, x1: number, y1: number, pw: number, ph: number): HintSources {
  const cut = (full: Int32Array): Int32Array => {
    const out = new Int32Array(pw * ph).fill(-1);
    for (let y = y0; y < y1; y++) out.set(full.subarray(y * width + x0, y * width + x1), (y - y0) * pw);
    return out;
  };
  const fill = cut(hints.fill);
  return {
    index: cut(hints.index),
    fill,
    reach: hints.reach === hints.fill ? fill : cut(hints.reach),
    global: cut(hints.global),
    hinted: hints.hinted,
  };
}

/**
 * Runs the fcn over a gray image in overlapping tiles (sized by K within the
 * memory budget, see tileSizeFor) and hands each tile's read-back to
 * `onTile`. `read` turns a tile's logits [1, ph, pw, K] into the tensors to
 * read back (inside a tidy); each tile's margin is context only, so a pixel
 * is always predicted with its surroundings in view. Outside the image the
 * network sees white, like the art's canvas. Cancel is checked between
 * tiles and during every read. Leaves no tensors behind.
 */
export async function forEachLogitsTileAsync(
  predictor: Predictor,
  gray: GrayImage,
  read: (logits: tf.Tensor4D, tile: LogitsTile) => tf.Tensor[],
  onTile: (tile: LogitsTile, values: tf.TypedArray[]) => void,
  options: LogitsTileOptions = {},
): Promise<void> {
  const { signal } = options;
  const { config, weights, prior } = predictor;
  const k = predictor.palette.frequency.length;
  const margin = tileMargin(config);
  const { width, height } = gray;
  const side = tileSizeFor(config, k, { margin, largest: tileSide() });
  for (let ty = 0; ty < height; ty += side) {
    for (let tx = 0; tx < width; tx += side) {
      if (signal?.aborted) throw new Error('Colorizing was cancelled.');
      const w = Math.min(side, width - tx);
      const h = Math.min(side, height - ty);
      const x0 = Math.max(0, tx - margin);
      const y0 = Math.max(0, ty - margin);
      const x1 = Math.min(width, tx + w + margin);
      const y1 = Math.min(height, ty + h + margin);
      const pw = paddedSize(config, x1 - x0);
      const ph = paddedSize(config, y1 - y0);
      // A tile that is the whole image, unpadded (art at the learnt scale), reads the image's own arrays: no copies.
      const whole = x0 === 0 && y0 === 0 && x1 === width && y1 === height && pw === width && ph === height;
      const padded = whole ? gray.data : new Float32Array(pw * ph).fill(1);
      if (!whole) for (let y = y0; y < y1; y++) padded.set(gray.data.subarray(y * width + x0, y * width + x1), (y - y0) * pw);
      const hints = options.hints && (whole ? options.hints : hintTile(options.hints, width, x0, y0, x1, y1, pw, ph));
      const inputs = buildModelInputs(config, k, { gray: padded, prior, hints, kinship: predictor.kinship });
      const tile: LogitsTile = { x: tx, y: ty, width: w, height: h, offsetX: tx - x0, offsetY: ty - y0, stride: pw };
      const tensors = tf.tidy(() => read(forward(config, weights, modelInputTensors(inputs, [1, ph, pw])), tile));
      onTile(tile, await readTileTensorsAsync(tensors, signal));
    }
  }
}
