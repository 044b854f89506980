import { evaluateStyle } from '../../../core/metrics/evaluateStyle';
import * as tf from '../../../core/tf/tf';
import { now } from '../../../core/train/now';
import { DEFAULT_EPOCHS } from '../../../core/train/resolveTrainSettings';
import { trainStyle } from '../../../core/train/trainStyle';
import type { ColorizerScores, Rgba8Image } from '../../../core/types';

export interface EndToEndBench {
  backend: string;
  images: { train: number; test: number };
  epochs: number;
  trainSeconds: number;
  evaluateSeconds: number;
  /** Peak tf.memory().numBytes sampled after every step. */
  peakBytes: number;
  model: ColorizerScores;
  lookup: ColorizerScores;
  oracle: ColorizerScores;
  note?: string;
}

/**
 * What `hueprint eval` does: trainStyle with the defaults on the shared art
 * (seeded 70/30 image split inside trainStyle), then evaluateStyle on the
 * held-out images: the model against the lookup baseline and the oracle.
 */
export async function benchEndToEnd(art: readonly Rgba8Image[], epochs: number, log: (m: string) => void): Promise<EndToEndBench> {
  let peakBytes = 0;
  const started = now();
  const { style, split } = await trainStyle(
    art,
    // Scored on the held-out images below, so they must not train it.
    { seed: 1, epochs, keepHeldOutUnseen: true },
    {
      onStep: () => (peakBytes = Math.max(peakBytes, tf.memory().numBytes)),
      onProgress: (p) =>
        log(
          `e2e: epoch ${p.epoch}/${p.epochs} loss ${p.loss.toFixed(3)} held-out accuracy ${(p.testAccuracy * 100).toFixed(1)}% (${p.secondsElapsed.toFixed(1)} s)`,
        ),
    },
  );
  const trainSeconds = (now() - started) / 1000;
  const evalStarted = now();
  const scores = await evaluateStyle(
    style,
    split.test.map((i) => art[i]),
  );
  return {
    backend: tf.getBackend(),
    images: { train: split.train.length, test: split.test.length },
    epochs,
    trainSeconds,
    evaluateSeconds: (now() - evalStarted) / 1000,
    peakBytes,
    ...scores,
    ...(epochs !== DEFAULT_EPOCHS ? { note: `${epochs} epochs instead of the default ${DEFAULT_EPOCHS} (--quick)` } : {}),
  };
}
