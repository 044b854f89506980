import type { Example } from '../dataset/Example';
import type { TrainSettings } from './resolveTrainSettings';

const MIN_STEPS_PER_EPOCH = 16;

/**
 * An epoch is one pass over the training pixels, but at least `minimum`
 * steps (16), so a few small frames still get enough updates to learn from.
 */
export function stepsPerEpoch(settings: TrainSettings, train: readonly Example[], minimum = MIN_STEPS_PER_EPOCH): number {
  const { config, batchSize, cropSize } = settings;
  const trainPixels = train.reduce((sum, e) => sum + e.gray.data.length, 0);
  const passSteps = config.preset === 'seed' ? Math.ceil(train.length / batchSize) : Math.round(trainPixels / (batchSize * cropSize * cropSize));
  return Math.max(minimum, passSteps);
}
