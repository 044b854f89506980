import { trainStyle, type Rgba8Image, type TrainOptions, type TrainResult } from '../core';
import { cancelOnInterrupt } from './cancelOnInterrupt';
import { createTrainProgress } from './createTrainProgress';

/**
 * trainStyle with the CLI around it: progress on stderr, Ctrl-C cancels
 * (trainStyle then throws TrainingStoppedError holding the last finished
 * epoch's style), and the interrupt handler is removed however it ends.
 */
export async function trainWithProgress(images: readonly Rgba8Image[], options: TrainOptions & { epochs: number }, quiet: boolean): Promise<TrainResult> {
  const progress = createTrainProgress({ epochs: options.epochs, quiet });
  const controller = new AbortController();
  const restore = cancelOnInterrupt(controller, progress.note);
  try {
    return await trainStyle(images, options, { ...progress.hooks, signal: controller.signal });
  } finally {
    progress.finish();
    restore();
  }
}
