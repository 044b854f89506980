import { forward, paddedSize } from '../model/forward';
import { fcnLayers } from '../model/fcnLayers';
import { predictIndices } from '../colorize/predictIndices';
import { buildModelInputs } from '../inputs/buildModelInputs';
import { modelInputTensors } from '../inputs/modelInputTensors';
import { priorOf, weightTensors } from '../colorize/weightTensors';
import type { StyleFile } from '../style/StyleFile';
import * as tf from '../tf/tf';
import { untilAborted } from '../train/untilAborted';
import type { AbortSignalLike, GrayImage, ModelConfig } from '../types';
import type { EvidenceKind } from './ShapeEvidence';

/** A rectangle of the image and, for each of its pixels (row-major), K probabilities or log-probabilities. */
export interface PredictionTile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly values: Float32Array;
}

/** Log-probability the seed preset's one-hot evidence gives colours it did not choose. */
const UNCHOSEN = -8;

/**
 * The model's per-pixel P(colour) or log P(colour) (`kind`; both are computed
 * in the graph, so the host only adds them up) for a gray image, handed over tile by
 * tile so a caller can pool them without holding W × H × K floats at once.
 * Tiles overlap by the network's receptive field and only their inner parts
 * are handed over, as predictIndices does. The seed preset predicts at S×S
 * and gives one-hot evidence for its chosen colours. Leaves no tensors behind.
 */
export async function forEachPredictionTile(style: StyleFile, gray: GrayImage, kind: EvidenceKind, onTile: (tile: PredictionTile) => void, signal?: AbortSignalLike): Promise<void> {
  const config = style.model;
  const k = style.palette.frequency.length;
  const weights = weightTensors(style);
  try {
    if (config.preset === 'seed') {
      const indices = await predictIndices(config, weights, style.palette, gray, priorOf(style), signal);
      const log = kind === 'log-probability';
      const out = new Float32Array(indices.length * k).fill(log ? UNCHOSEN : Math.exp(UNCHOSEN));
      for (let i = 0; i < indices.length; i++) out[i * k + indices[i]] = log ? 0 : 1;
      onTile({ x: 0, y: 0, width: gray.width, height: gray.height, values: out });
      return;
    }
    await tiled(config, weights, k, gray, priorOf(style), kind, onTile, signal);
  } finally {
    for (const t of weights.values()) t.dispose();
  }
}

function tileMargin(config: ModelConfig): number {
  if (config.preset !== 'fcn') return 0;
  let radius = 0;
  for (const layer of fcnLayers(config, 1)) radius += ((layer.kernel - 1) / 2) / layer.scale;
  const grid = 2 ** config.depth;
  return Math.ceil(radius / grid) * grid;
}

async function tiled(config: ModelConfig, weights: ReadonlyMap<string, tf.Tensor>, k: number, gray: GrayImage, prior: Float32Array | undefined, kind: EvidenceKind, onTile: (tile: PredictionTile) => void, signal: AbortSignalLike | undefined): Promise<void> {
  const margin = tileMargin(config);
  const { width, height } = gray;
  const tile = tf.getBackend() === 'webgl' ? 512 : 1024;
  for (let ty = 0; ty < height; ty += tile) {
    for (let tx = 0; tx < width; tx += tile) {
      if (signal?.aborted) throw new Error('Colorizing was cancelled.');
      const w = Math.min(tile, width - tx);
      const h = Math.min(tile, height - ty);
      const x0 = Math.max(0, tx - margin);
      const y0 = Math.max(0, ty - margin);
      const x1 = Math.min(width, tx + w + margin);
      const y1 = Math.min(height, ty + h + margin);
      const pw = paddedSize(config, x1 - x0);
      const ph = paddedSize(config, y1 - y0);
      const padded = new Float32Array(pw * ph).fill(1);
      for (let y = y0; y < y1; y++) padded.set(gray.data.subarray(y * width + x0, y * width + x1), (y - y0) * pw);
      const inputs = buildModelInputs(config, k, { gray: padded, prior });
      const predictions = tf.tidy(() => {
        const logits = forward(config, weights, modelInputTensors(inputs, [1, ph, pw]));
        // Only the tile's inner part leaves the backend.
        const inner = tf.slice(logits, [0, ty - y0, tx - x0, 0], [1, h, w, k]);
        return kind === 'log-probability' ? tf.logSoftmax(inner) : tf.softmax(inner);
      });
      let data: Float32Array;
      try {
        data = (await untilAborted(predictions.data(), signal)) as Float32Array;
      } catch (error) {
        if (signal?.aborted) throw new Error('Colorizing was cancelled.');
        throw error;
      } finally {
        predictions.dispose();
      }
      onTile({ x: tx, y: ty, width: w, height: h, values: data });
    }
  }
}
