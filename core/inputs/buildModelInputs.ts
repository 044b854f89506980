import type { ModelConfig } from '../types';
import { grayLevel } from './grayLevel';
import { INPUT_CHANNELS, inputChannelCount } from './inputChannels';
import type { InputSources, ModelInputs } from './ModelInputs';
import { hintChannel } from './hintChannel';
import { mixHintsIntoPrior } from './mixHintsIntoPrior';
import { priorChannel } from './priorChannel';

/**
 * A model's per-pixel inputs for one image or batch, built on the host: the
 * interleaved input channels of INPUT_CHANNELS, and with a prior the log
 * P(colour | gray) the model adds to its logits. Training, colorizing,
 * evaluation and the bench all build their inputs here.
 */
export function buildModelInputs(config: ModelConfig, k: number, sources: InputSources): ModelInputs {
  const pixels = sources.gray.length;
  const channels = inputChannelCount(config, k);
  const input = new Float32Array(pixels * channels);
  let offset = 0;
  let priorOffset = -1;
  let takesHints = false;
  for (const channel of INPUT_CHANNELS) {
    const count = channel.count(config, k);
    if (count === 0) continue;
    channel.write(sources, k, input, channels, offset);
    if (channel === priorChannel) priorOffset = offset;
    if (channel === hintChannel) takesHints = true;
    offset += count;
  }
  const logPrior = config.prior ? logPriorOf(sources, k) : undefined;
  if (takesHints && sources.hints && sources.prior && priorOffset >= 0) {
    mixHintsIntoPrior(
      sources.hints,
      sources.gray,
      sources.prior,
      k,
      input,
      channels,
      priorOffset,
      logPrior,
      config.preset === 'fcn' ? config.sameGrayTrust : undefined,
    );
  }
  return { pixels, channels, input, ...(logPrior ? { logPrior } : {}) };
}

function logPriorOf({ gray, prior }: InputSources, k: number): Float32Array {
  if (!prior) throw new Error("This model adds a context-free prior: pass its table (the style's prior weight).");
  const logPrior = new Float32Array(gray.length * k);
  for (let i = 0; i < gray.length; i++) {
    const level = grayLevel(gray[i]);
    logPrior.set(prior.subarray(level * k, level * k + k), i * k);
  }
  return logPrior;
}
