import { colorizeImage } from '../../../core/colorize/colorizeImage';
import * as tf from '../../../core/tf/tf';
import { trainStyle } from '../../../core/train/trainStyle';
import type { Rgba8Image } from '../../../core/types';
import { createTrainer } from './createTrainer';
import { tileArt } from './tileArt';

export interface MemoryBench {
  cycles: number;
  leakedTensorsAfterCycles: number;
  leakedBytesAfterCycles: number;
  /** Engine peak (tf.profile) of one tiny train + colorize cycle, and numBytes sampled in onStep over all cycles. */
  peakBytes: number;
  /** Engine peak of one default fcn training step (batch 8 × 64²) and of colorizing a 1024² image. */
  trainStepPeakBytes?: number;
  colorize1024PeakBytes?: number;
}

/**
 * `cycles` × (trainStyle + colorizeImage) on tiny art through the public
 * API, then the tensors left behind (target 0). Peak bytes come from the
 * engine's own profile, which snapshots tf.memory after every kernel.
 */
export async function benchMemory(art: readonly Rgba8Image[], cycles: number, full: boolean, log: (m: string) => void): Promise<MemoryBench> {
  const images = art.slice(0, 4);
  const gray = tileArt(art, 48, 40);
  let sampled = 0;
  const cycle = async (): Promise<void> => {
    const { style } = await trainStyle(
      images,
      { epochs: 1, size: 32, maxSide: 32, batchSize: 2, seed: 3 },
      { onStep: () => (sampled = Math.max(sampled, tf.memory().numBytes)) },
    );
    await colorizeImage(style, gray);
  };
  await cycle(); // first-use allocations (kernel caches) are not leaks
  const before = tf.memory();
  const profile = await tf.profile(cycle);
  for (let i = 1; i < cycles; i++) await cycle();
  const after = tf.memory();
  log(`memory: ${cycles} cycles, numTensors ${before.numTensors} → ${after.numTensors}`);
  const result: MemoryBench = {
    cycles,
    leakedTensorsAfterCycles: after.numTensors - before.numTensors,
    leakedBytesAfterCycles: after.numBytes - before.numBytes,
    peakBytes: Math.max(profile.peakBytes, sampled),
  };
  if (!full) return result;
  const trainer = createTrainer(art.slice(0, 8), 'fcn');
  try {
    await trainer.step();
    result.trainStepPeakBytes = (await tf.profile(() => trainer.step())).peakBytes;
  } finally {
    trainer.dispose();
  }
  const { style } = await trainStyle(images, { epochs: 1, size: 32, maxSide: 32, batchSize: 2 });
  const big = tileArt(art, 1024, 1024);
  result.colorize1024PeakBytes = (await tf.profile(async () => void (await colorizeImage(style, big)))).peakBytes;
  return result;
}
