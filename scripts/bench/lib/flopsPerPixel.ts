import { fcnLayers } from '../../../core/model/fcnLayers';
import type { ModelConfig } from '../../../core/types';

/** A training step costs about three forward passes: the forward, dL/dx and dL/dW. */
export const TRAIN_TO_FORWARD = 3;

/**
 * Multiply–adds of one forward pass per input pixel, from the model's own
 * layer list: each convolution's kh·kw·Cin·Cout at its resolution scale²
 * (the fcn), or the dense layers spread over the S² pixels they map (seed).
 * Elementwise work (bias, ReLU, pooling, softmax) is left out, as usual.
 */
export function forwardMacsPerPixel(config: ModelConfig, k: number): number {
  if (config.preset === 'fcn') {
    return fcnLayers(config, k).reduce((sum, l) => sum + l.kernel * l.kernel * l.inChannels * l.outChannels * l.scale * l.scale, 0);
  }
  const pixels = config.size * config.size;
  const conv = 3 * 3 * 1 * 32;
  const hidden = (pixels * 32 * config.hidden) / pixels;
  const out = (config.hidden * pixels * k) / pixels;
  return conv + hidden + out;
}

/** Training FLOPs per pixel: 2 FLOPs per multiply–add, three passes. */
export function trainFlopsPerPixel(config: ModelConfig, k: number): number {
  return 2 * TRAIN_TO_FORWARD * forwardMacsPerPixel(config, k);
}
