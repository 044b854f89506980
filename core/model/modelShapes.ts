import type { ModelConfig } from '../types';
import { PRIOR_WEIGHT } from '../inputs/buildPrior';
import { fcnLayers } from './fcnLayers';

export interface WeightShape {
  readonly name: string;
  readonly shape: number[];
  /** Inputs feeding each output unit; 0 for biases. */
  readonly fanIn: number;
}

/** Every weight tensor a model has, in a fixed order. */
export function modelShapes(config: ModelConfig, k: number): WeightShape[] {
  // The fixed (untrained) context-free prior, 256 gray levels × K log-probabilities.
  const prior: WeightShape[] = config.prior ? [{ name: PRIOR_WEIGHT, shape: [256, k], fanIn: 0 }] : [];
  return [...networkShapes(config, k), ...prior];
}

/** The trainable weights. */
export function networkShapes(config: ModelConfig, k: number): WeightShape[] {
  if (config.preset === 'fcn') {
    return fcnLayers(config, k).flatMap((l) => [
      { name: `${l.name}/kernel`, shape: [l.kernel, l.kernel, l.inChannels, l.outChannels], fanIn: l.kernel * l.kernel * l.inChannels },
      { name: `${l.name}/bias`, shape: [l.outChannels], fanIn: 0 },
    ]);
  }
  const { size, hidden } = config;
  const flat = size * size * 32;
  return [
    { name: 'conv/kernel', shape: [3, 3, 1, 32], fanIn: 9 },
    { name: 'conv/bias', shape: [32], fanIn: 0 },
    { name: 'hidden/kernel', shape: [flat, hidden], fanIn: flat },
    { name: 'hidden/bias', shape: [hidden], fanIn: 0 },
    { name: 'out/kernel', shape: [hidden, size * size * k], fanIn: hidden },
    { name: 'out/bias', shape: [size * size * k], fanIn: 0 },
  ];
}

/** Number of weights of a model, without building it. */
export function countWeights(config: ModelConfig, k: number): number {
  return modelShapes(config, k).reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
}
