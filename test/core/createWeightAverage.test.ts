import { describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { createWeightAverage } from '../../core/train/createWeightAverage';
import { useWasmBackend } from '../helpers/useWasmBackend';

describe('createWeightAverage (stochastic weight averaging)', () => {
  it('follows the weights until `start`, then keeps the mean of every later step, leaking nothing', async () => {
    await useWasmBackend();
    const before = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.tensor1d([0, 10])));
    const average = createWeightAverage(new Map([['w', w]]), 3);
    const values = [
      [1, 1],
      [2, 4],
      [3, 9],
      [5, 1],
      [7, 2],
    ];
    const seen: number[][] = [];
    for (const v of values) {
      tf.tidy(() => w.assign(tf.tensor1d(v)));
      average.update();
      seen.push(Array.from(average.tensors.get('w')!.dataSync()));
    }
    expect(seen[0]).toEqual([1, 1]);
    expect(seen[1]).toEqual([2, 4]);
    expect(seen[2]).toEqual([3, 9]); // step 3 starts the mean
    expect(seen[4][0]).toBeCloseTo((3 + 5 + 7) / 3, 5);
    expect(seen[4][1]).toBeCloseTo((9 + 1 + 2) / 3, 5);
    average.dispose();
    w.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
