import { describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { createAdadelta } from '../../core/train/createAdadelta';
import { useWasmBackend } from '../helpers/useWasmBackend';

describe('createAdadelta (Zeiler 2012)', () => {
  it("takes Zeiler's first step, √ε / RMS(g) · g with the updated average (ε 1e-5), not tfjs's plain g, and leaks nothing", async () => {
    await useWasmBackend();
    const before = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.tensor1d([1, -2, 0.5])));
    const adadelta = createAdadelta(new Map([['w', w]]));
    const g = [0.3, -4, 0.01];
    tf.tidy(() => adadelta.apply({ w: tf.tensor1d(g) }));
    const after = Array.from(w.dataSync());
    const epsilon = 1e-5;
    const expected = [1, -2, 0.5].map((v, i) => v - (Math.sqrt(epsilon) / Math.sqrt(0.05 * g[i] ** 2 + epsilon)) * g[i]);
    for (let i = 0; i < 3; i++) expect(after[i]).toBeCloseTo(expected[i], 5);
    // tf.train.adadelta's first step is g itself: w[1] would jump from −2 to +2.
    expect(Math.abs(after[1] - -2)).toBeLessThan(0.02);
    adadelta.dispose();
    w.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('walks down an ill-conditioned bowl without blowing up: never above where it started, a tenth of it after 300 steps', async () => {
    await useWasmBackend();
    const before = tf.memory().numTensors;
    const w = tf.tidy(() => tf.variable(tf.tensor1d([3, -3])));
    const scale = tf.tensor1d([100, 1]);
    const adadelta = createAdadelta(new Map([['w', w]]));
    const loss = () => tf.tidy(() => tf.sum(tf.mul(scale, tf.square(w))).dataSync()[0]);
    const start = loss();
    const losses: number[] = [];
    for (let step = 0; step < 300; step++) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(() => tf.sum(tf.mul(scale, tf.square(w))) as tf.Scalar, [w]);
        adadelta.apply({ w: grads[w.name] });
        for (const t of Object.values(grads)) t.dispose();
      });
      losses.push(loss());
    }
    expect(Math.max(...losses)).toBeLessThanOrEqual(start);
    expect(losses.at(-1)!).toBeLessThan(start / 10);
    adadelta.dispose();
    w.dispose();
    scale.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
