import type { ModelConfig } from '../types';
import { INPUT_CHANNELS, inputChannelCount } from './inputChannels';
import type { InputSources, ModelInputs } from './ModelInputs';
import { hintChannel } from './hintChannel';
import { priorRowsOf, type PriorRows } from './priorRowsOf';

/**
 * A model's per-pixel inputs for one image or batch, built on the host: the
 * interleaved input channels of INPUT_CHANNELS, and with a prior the log
 * P(colour | gray) the model adds to its logits, hints mixed into both (see
 * priorRowsOf). Training, colorizing, evaluation and the bench all build
 * their inputs here.
 */
export function buildModelInputs(config: ModelConfig, k: number, sources: InputSources): ModelInputs {
  const pixels = sources.gray.length;
  const channels = inputChannelCount(config, k);
  const input = new Float32Array(pixels * channels);
  const takesHints = hintChannel.count(config, k) > 0;
  const priorRows =
    config.prior && sources.prior
      ? priorRowsOf(
          sources.gray,
          sources.prior,
          k,
          takesHints ? sources.hints : undefined,
          config.preset === 'fcn' ? config.sameGrayTrust : undefined,
          takesHints ? sources.kinship : undefined,
        )
      : undefined;
  const filled: InputSources = priorRows ? { ...sources, priorRows } : sources;
  let offset = 0;
  for (const channel of INPUT_CHANNELS) {
    const count = channel.count(config, k);
    if (count === 0) continue;
    channel.write(filled, k, input, channels, offset);
    offset += count;
  }
  const logPrior = config.prior ? logPriorOf(priorRows, k) : undefined;
  return { pixels, channels, input, ...(logPrior ? { logPrior } : {}) };
}

function logPriorOf(priorRows: PriorRows | undefined, k: number): Float32Array {
  if (!priorRows) throw new Error("This model adds a context-free prior: pass its table (the style's prior weight).");
  const { rows, rowOf } = priorRows;
  const logPrior = new Float32Array(rowOf.length * k);
  for (let i = 0; i < rowOf.length; i++) {
    const r = rowOf[i] * 2 * k + k;
    for (let c = 0, o = i * k; c < k; c++) logPrior[o + c] = rows[r + c];
  }
  return logPrior;
}
