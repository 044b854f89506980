import { fcnLayers } from '../model/fcnLayers';
import type { ModelConfig } from '../types';

/**
 * Channels a model's hidden layers hold per input pixel, each layer weighted
 * by its share of the pixels (¼ per pooling): the architecture's part of the
 * memory a pixel costs (see colorizeBytesPerPixel, trainingStepBytes).
 */
export function activationChannels(config: ModelConfig): number {
  if (config.preset === 'seed') return 32;
  return fcnLayers(config, 1)
    .filter((layer) => layer.name !== 'head')
    .reduce((sum, layer) => sum + layer.outChannels * layer.scale * layer.scale, 0);
}
