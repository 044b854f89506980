import type { TrainOptions } from '../core';
import type { TrainingOptionValues } from './addTrainingOptions';

/** The engine's training options from the command line's shared ones (train, eval). */
export function trainOptionsFrom(values: TrainingOptionValues, backend: string): TrainOptions & { epochs: number } {
  return {
    k: values.k,
    size: values.size,
    epochs: values.epochs,
    preset: values.preset,
    seed: values.seed,
    rebalance: values.rebalance,
    maxSide: values.maxSide,
    padToSquare: values.padToSquare,
    backend,
  };
}
