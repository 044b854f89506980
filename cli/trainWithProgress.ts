import { trainStyle, type Rgba8Image, type TrainOptions, type TrainResult } from '../core';
import type { TrainProgressReporter } from './createTrainProgress';

/**
 * trainStyle reporting to `progress` (see createTrainProgress). Aborting
 * `signal` (Ctrl-C, see cancelOnInterrupt) makes trainStyle throw
 * TrainingStoppedError holding the last finished epoch's style.
 */
export async function trainWithProgress(
  images: readonly Rgba8Image[],
  options: TrainOptions & { epochs: number },
  progress: TrainProgressReporter,
  signal: AbortSignal,
): Promise<TrainResult> {
  try {
    return await trainStyle(images, options, { ...progress.hooks, signal });
  } finally {
    progress.finish();
  }
}
