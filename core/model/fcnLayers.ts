import { inputChannelCount } from '../inputs/inputChannels';
import type { FcnConfig } from '../types';

/** One convolution of the U-Net: a kh×kw kernel from `inChannels` to `outChannels`. */
export interface ConvSpec {
  readonly name: string;
  readonly kernel: number;
  readonly inChannels: number;
  readonly outChannels: number;
  /** Resolution of this layer relative to the input: 1, 1/2, 1/4, … */
  readonly scale: number;
}

/** Channels at encoder level i grow by half the base width per level. */
export function fcnChannels(config: FcnConfig, level: number): number {
  return Math.round((config.width * (2 + level)) / 2);
}

/**
 * The U-Net's convolutions in execution order. Names are the weights' keys
 * in a style file, so they are part of the format: change them only with a
 * new format version.
 */
export function fcnLayers(config: FcnConfig, k: number): ConvSpec[] {
  const layers: ConvSpec[] = [];
  let inChannels = inputChannelCount(config, k);
  for (let level = 0; level <= config.depth; level++) {
    const c = fcnChannels(config, level);
    const scale = 1 / 2 ** level;
    layers.push({ name: `enc${level}a`, kernel: 3, inChannels, outChannels: c, scale });
    layers.push({ name: `enc${level}b`, kernel: 3, inChannels: c, outChannels: c, scale });
    inChannels = c;
  }
  for (let level = config.depth - 1; level >= 0; level--) {
    const c = fcnChannels(config, level);
    layers.push({ name: `dec${level}`, kernel: 3, inChannels: inChannels + c, outChannels: c, scale: 1 / 2 ** level });
    inChannels = c;
  }
  layers.push({ name: 'head', kernel: 1, inChannels, outChannels: k, scale: 1 });
  return layers;
}
