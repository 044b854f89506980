import { now } from '../../../core/train/now';
import type { PresetName, Rgba8Image } from '../../../core/types';
import { createTrainer } from './createTrainer';
import { trainFlopsPerPixel } from './flopsPerPixel';

export interface TrainThroughput {
  readonly preset: PresetName;
  readonly batchSize: number;
  readonly cropSize: number;
  readonly steps: number;
  readonly msPerStep: number;
  readonly pixelsPerSecond: number;
  readonly modelFlopsPerPixel: number;
  readonly gflops: number;
}

/**
 * Training pixels per second of the real step (see createTrainer) on the
 * current backend: `warmup` steps untimed (kernels compile, memory settles),
 * then the median of `steps` timed steps, which shrugs off a neighbour's
 * burst on a shared machine better than the mean.
 */
export async function measureTrainThroughput(images: readonly Rgba8Image[], preset: PresetName, steps: number, warmup = 1): Promise<TrainThroughput> {
  const trainer = createTrainer(images, preset);
  try {
    for (let i = 0; i < warmup; i++) await trainer.step();
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const started = now();
      await trainer.step();
      times.push(now() - started);
    }
    times.sort((a, b) => a - b);
    const mid = times.length >> 1;
    const msPerStep = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    const pixelsPerSecond = (trainer.pixelsPerStep / msPerStep) * 1000;
    const modelFlopsPerPixel = trainFlopsPerPixel(trainer.config, trainer.k);
    return {
      preset,
      batchSize: trainer.batchSize,
      cropSize: trainer.cropSize,
      steps,
      msPerStep,
      pixelsPerSecond,
      modelFlopsPerPixel,
      gflops: (pixelsPerSecond * modelFlopsPerPixel) / 1e9,
    };
  } finally {
    trainer.dispose();
  }
}
