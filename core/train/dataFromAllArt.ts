import { buildPrior } from '../inputs/buildPrior';
import { buildLookup } from '../lookup/buildLookup';
import type { ModelConfig } from '../types';
import type { TrainingData } from './prepareTrainingData';

/**
 * The measured run's training and held-out examples together, with the
 * lookup and the prior rebuilt from all of them: what the last epochs over
 * all the art train on and what the final style keeps. Nothing is held out
 * any more, so it measures nothing (its lookup accuracy is the measured one).
 */
export function dataFromAllArt(measured: TrainingData, config: ModelConfig): TrainingData {
  const train = [...measured.train, ...measured.test];
  const prior = config.prior ? buildPrior(train, measured.k) : undefined;
  return {
    ...measured,
    train,
    test: [],
    lookup: buildLookup(train, measured.k),
    ...(prior ? { prior } : {}),
  };
}
