import { countWeights } from '../model/modelShapes';
import type { ModelConfig } from '../types';
import { activationChannels } from './activationChannels';

/**
 * Peak tensor bytes of one training step: every activation stays on the
 * tape with its gradient (about 13 floats per hidden channel, 23 per
 * palette colour, per pixel of the batch), plus about six copies of every
 * weight (see MAX_WEIGHTS). Measured with tf.profile on wasm at batch 8:
 * 3.3 kB a pixel (width 16, K = 2), 6.0 kB (K = 32), 26 kB (K = 256), 29 kB
 * (width 32, K = 256); this estimate is above each of them.
 */
export function trainingStepBytes(config: ModelConfig, k: number, side: number, batchSize: number): number {
  const pixels = batchSize * side * side;
  return pixels * 4 * (13 * activationChannels(config) + 23 * (k + 1)) + countWeights(config, k) * 4 * 6;
}
