import type { WeightTensors } from '../model/forward';
import { forEachLogitsTileAsync } from '../colorize/forEachLogitsTileAsync';
import { predictIndices } from '../colorize/predictIndices';
import { priorOf, weightTensors } from '../colorize/weightTensors';
import type { StyleFile } from '../style/StyleFile';
import * as tf from '../tf/tf';
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
 * Tiles are predictIndices' own (forEachLogitsTileAsync): they overlap by the
 * network's receptive field and only their inner parts are handed over. The seed preset predicts at S×S
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

async function tiled(config: ModelConfig, weights: WeightTensors, k: number, gray: GrayImage, prior: Float32Array | undefined, kind: EvidenceKind, onTile: (tile: PredictionTile) => void, signal: AbortSignalLike | undefined): Promise<void> {
  await forEachLogitsTileAsync(
    config,
    weights,
    k,
    gray,
    prior,
    (logits, tile) => {
      // Only the tile's inner part leaves the backend.
      const inner = tf.slice(logits, [0, tile.offsetY, tile.offsetX, 0], [1, tile.height, tile.width, k]);
      return [kind === 'log-probability' ? tf.logSoftmax(inner) : tf.softmax(inner)];
    },
    (tile, [values]) => onTile({ x: tile.x, y: tile.y, width: tile.width, height: tile.height, values: values as Float32Array }),
    { signal },
  );
}
