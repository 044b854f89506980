import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { colorizeImage, countWeights, evaluateStyle, parseStyle, serializeStyle, trainStyle } from '../../core';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

beforeAll(async () => {
  await useWasmBackend();
});

describe('the seed preset (the original study: conv → flatten → dense → dense)', () => {
  it('is about 1.07 billion weights at the study’s S = 64, hidden = 4096, K = 32', () => {
    const weights = countWeights({ preset: 'seed', size: 64, hidden: 4096, dropout: 0, prior: false, decision: 'argmax' }, 32);
    expect(weights).toBeGreaterThan(1.06e9);
    expect(weights).toBeLessThan(1.08e9);
  });

  it('trains at a size that fits, learns, and colorizes any input size at the input’s size', async () => {
    const art = makeShapeArt({ count: 16, size: 16, seed: 2 });
    const before = tf.memory().numTensors;
    const accuracies: number[] = [];
    const { style } = await trainStyle(art, { preset: 'seed', k: 3, epochs: 24, seed: 1 }, { onProgress: (p) => accuracies.push(p.trainAccuracy) });
    expect(style.model).toMatchObject({ preset: 'seed', size: 16, hidden: 64 });
    expect(accuracies[accuracies.length - 1]).toBeGreaterThan(accuracies[0]);
    const loaded = parseStyle(serializeStyle(style));
    const out = await colorizeImage(loaded, makeShapeArt({ count: 1, size: 40, gray: true })[0]);
    expect([out.width, out.height]).toEqual([40, 40]);
    const scores = await evaluateStyle(loaded, makeShapeArt({ count: 4, size: 16, seed: 9 }));
    expect(scores.model.accuracy).toBeGreaterThan(0.5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
