import type { Batch } from '../dataset/sampleBatch';
import type { HintSources } from '../inputs/HintSources';
import type { ModelConfig } from '../types';
import { propagateHints } from './propagateHints';
import { simulateHints } from './simulateHints';

/**
 * Simulated hints for every crop of a training batch (see simulateHints),
 * each propagated within its own crop as colorizing propagates them within
 * the image: one network learns to colorize from zero to many hints.
 */
export function simulateBatchHints(batch: Batch, random: () => number, config: ModelConfig): HintSources {
  const area = batch.size * batch.size;
  const total = batch.count * area;
  const index = new Int32Array(total);
  const fill = new Int32Array(total);
  const reach = new Int32Array(total);
  const global = new Int32Array(total);
  const withReach = config.preset === 'fcn' && !!config.hintReach;
  for (let b = 0; b < batch.count; b++) {
    const gray = batch.gray.subarray(b * area, (b + 1) * area);
    const hints = simulateHints(batch.labels.subarray(b * area, (b + 1) * area), gray, batch.size, batch.size, random);
    const spread = propagateHints(gray, batch.size, batch.size, hints, withReach);
    index.set(hints, b * area);
    fill.set(spread.fill, b * area);
    reach.set(spread.reach, b * area);
    global.set(spread.global, b * area);
  }
  return { index, fill, reach, global };
}
