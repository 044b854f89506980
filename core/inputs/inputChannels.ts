import type { ModelConfig } from '../types';
import { grayChannel } from './grayChannel';
import type { InputChannel } from './ModelInputs';
import { priorChannel } from './priorChannel';
import { hintChannel } from './hintChannel';

/**
 * Every kind of per-pixel input, in the order their channels sit in the
 * first layer's input. The order is part of the style format (the first
 * layer's kernel reads channels by position): append new kinds at the end.
 */
export const INPUT_CHANNELS: readonly InputChannel[] = [grayChannel, priorChannel, hintChannel];

/** Channels of a model's input: what its first layer's kernel must accept. */
export function inputChannelCount(config: ModelConfig, k: number): number {
  return INPUT_CHANNELS.reduce((sum, channel) => sum + channel.count(config, k), 0);
}
