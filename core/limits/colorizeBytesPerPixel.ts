import type { ModelConfig } from '../types';
import { activationChannels } from './activationChannels';

/**
 * Peak tensor bytes per pixel of one colorize tile. Two things peak at
 * different moments: a few live layers of the network (the forward pass
 * frees each activation once read), about 1.2 floats per hidden channel;
 * and about five K-wide tensors at the end (the prior's inputs, the logits,
 * softmax, expected error). Measured with tf.profile on wasm: 335 B (width
 * 16, K = 2), 655 B (K = 32), 784 B (width 32, K = 32), 5.1 kB (K = 256);
 * this estimate (the larger, a quarter of the smaller, 5% spare) is above
 * each of them and within 20%.
 */
export function colorizeBytesPerPixel(config: ModelConfig, k: number): number {
  const network = 1.2 * activationChannels(config);
  const palette = 5 * (k + 1);
  return 4 * 1.05 * (Math.max(network, palette) + 0.25 * Math.min(network, palette));
}
