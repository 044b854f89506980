import * as tf from '../../../core/tf/tf';
import { now } from '../../../core/train/now';

/**
 * GFLOP/s of one n×n by n×n float32 matMul on the current backend (2n³ FLOPs),
 * best of `repeats` after a warm-up, each timed up to its result being read.
 * The yardstick of what the backend can do on dense work, for `efficiency`.
 */
export async function measureMatMul(n: number, repeats: number, warmup = true): Promise<{ n: number; seconds: number; gflops: number }> {
  const a = tf.randomUniform([n, n], -1, 1, 'float32', 1);
  const b = tf.randomUniform([n, n], -1, 1, 'float32', 2);
  try {
    const once = async (): Promise<number> => {
      const started = now();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      return (now() - started) / 1000;
    };
    if (warmup) await once();
    let best = Infinity;
    for (let r = 0; r < repeats; r++) best = Math.min(best, await once());
    return { n, seconds: best, gflops: (2 * n ** 3) / best / 1e9 };
  } finally {
    a.dispose();
    b.dispose();
  }
}
