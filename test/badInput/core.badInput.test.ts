/**
 * Bad input: the engine (issue 8, items 3, 4 and 8). Options Hueprint
 * accepts must work within its memory budget, and options it cannot honour
 * are refused before any work, naming the limit; one-colour art trains; no
 * call leaves a tensor behind, whether it succeeds or throws.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { colorizeImage, parseStyle, serializeStyle, trainStyle, type Rgba8Image, type TrainOptions } from '../../core';
import { tileSizeFor } from '../../core/colorize/tileSizeFor';
import { assertTrainable } from '../../core/limits/assertTrainable';
import { colorizeBytesPerPixel } from '../../core/limits/colorizeBytesPerPixel';
import { MEMORY_BUDGET_BYTES } from '../../core/limits/modelLimits';
import { defaultFcnConfig } from '../../core/model/defaultConfigs';
import { disposeAbandonedTape } from '../../core/train/disposeAbandonedTape';
import * as tf from '../../core/tf/tf';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

beforeAll(async () => {
  await useWasmBackend();
});

function solid(width: number, height: number, rgb: [number, number, number]): Rgba8Image {
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < data.length; p += 4) data.set([...rgb, 255], p);
  return { width, height, data };
}

/** An image with `n` distinct colours in vertical bands over a shape, so K = n is real. */
function manyColours(side: number, n: number): Rgba8Image {
  const data = new Uint8Array(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const c = Math.floor(((y * side + x) * n) / (side * side));
      data.set([(c * 37) & 255, (c * 91 + 40) & 255, (c * 13 + 200) & 255, 255], (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}

/** Runs `fn`, expects it to reject with `pattern`, and checks it left no tensors. */
async function refusal(fn: () => Promise<unknown>, pattern: RegExp): Promise<string> {
  const before = tf.memory().numTensors;
  const started = Date.now();
  let message = '';
  try {
    await fn();
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(pattern);
  expect(tf.memory().numTensors).toBe(before);
  return `${message} (${Date.now() - started} ms)`;
}

const tiny: TrainOptions = { size: 16, epochs: 1, maxSide: 32, testFraction: 0 };

describe('one-colour art (it failed with "Error in oneHot: depth must be >=2" and leaked 75 tensors per attempt)', () => {
  it('trains on a single-colour image: a K = 1 style that paints that colour, and leaks nothing', async () => {
    const art = solid(24, 24, [200, 40, 90]);
    const before = tf.memory().numTensors;
    const { style, notices } = await trainStyle([art], tiny);
    expect(tf.memory().numTensors).toBe(before);
    expect(style.palette.frequency.length).toBe(1);
    expect(notices.join(' ')).toMatch(/1 distinct colour/);
    const loaded = parseStyle(serializeStyle(style));
    const out = await colorizeImage(loaded, solid(10, 10, [128, 128, 128]));
    expect(tf.memory().numTensors).toBe(before);
    for (let p = 0; p < out.data.length; p += 4) expect([out.data[p], out.data[p + 1], out.data[p + 2]]).toEqual([200, 40, 90]);
  });

  it('trains with k: 1 on many-colour art', async () => {
    const before = tf.memory().numTensors;
    const { style } = await trainStyle(makeShapeArt({ count: 2, size: 16 }), { ...tiny, k: 1 });
    expect(tf.memory().numTensors).toBe(before);
    expect(style.palette.frequency.length).toBe(1);
    expect(Number.isNaN(style.training.testAccuracy)).toBe(true);
  });

  it('trains on a 1×1 image', async () => {
    const before = tf.memory().numTensors;
    const { style } = await trainStyle([solid(1, 1, [10, 20, 30])], tiny);
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(style.palette.rgb)).toEqual([10, 20, 30]);
  });

  it('frees the tensors tfjs keeps for a backward pass that never runs, when a step throws', () => {
    const v = tf.variable(tf.ones([4, 4]));
    const before = tf.memory().numTensors;
    expect(() =>
      tf.variableGrads(() => {
        const y = tf.relu(tf.matMul(v, tf.exp(v)));
        tf.sum(tf.mul(y, y));
        throw new Error('a failing step');
      }, [v]),
    ).toThrow('a failing step');
    expect(tf.memory().numTensors).toBeGreaterThan(before); // what tfjs leaves behind
    disposeAbandonedTape();
    expect(tf.memory().numTensors).toBe(before);
    v.dispose();
  });
});

describe('options outside what Hueprint can train are refused before any work, naming the limit', () => {
  const art = makeShapeArt({ count: 2, size: 16 });

  it('network width 0 (it used to "train" and write a file its own parser rejects)', async () => {
    await refusal(
      () => trainStyle(art, { ...tiny, model: { width: 0 } as TrainOptions['model'] }),
      /^Cannot train this model: width: the network width must be a whole number from 1 to 32, got 0\.$/,
    );
  });

  it('network width 256, and depth 9', async () => {
    await refusal(() => trainStyle(art, { ...tiny, model: { width: 256 } as TrainOptions['model'] }), /width must be a whole number from 1 to 32, got 256/);
    await refusal(() => trainStyle(art, { ...tiny, model: { depth: 9 } as TrainOptions['model'] }), /depth must be a whole number from 0 to 4, got 9/);
  });

  it('what the trainer accepts, the parser reads: a style at the widest and deepest limits round-trips', () => {
    for (const model of [
      { ...defaultFcnConfig, width: 32, depth: 4 },
      { ...defaultFcnConfig, width: 1, depth: 0 },
    ]) {
      expect(() => assertTrainable(model, 3, 16, 8)).not.toThrow();
    }
  });

  it('--size 1024 (it ran 41 s to 4.3 GB and died with "memory access out of bounds")', async () => {
    const message = await refusal(
      () => trainStyle(art, { ...tiny, size: 1024 }),
      /^Training at working size 1024 with K = 32 would need about \d+\.\d GB per step; Hueprint keeps a step under 1\.0 GB so it cannot run out of memory\. Use a working size of 140 or less, or fewer colours\.$/,
    );
    expect(Number(message.match(/\((\d+) ms\)$/)![1])).toBeLessThan(2000);
  });

  it('--size 4096 (it died with "Invalid typed array length: 4429185024")', async () => {
    await refusal(() => trainStyle(art, { ...tiny, size: 4096 }), /working size 4096 .* Use a working size of 140 or less/);
  });

  it('--size 10 and 100000: not a multiple of the pooling grid, or larger than an image can be', async () => {
    await refusal(() => trainStyle(art, { ...tiny, size: 10 }), /working size must be a multiple of 4 from 8 to 4096, got 10/);
    await refusal(() => trainStyle(art, { ...tiny, size: 100000 }), /from 8 to 4096, got 100000/);
  });

  it('--preset seed --size 256 (3.7 GB, then "memory access out of bounds") and --size 4096', async () => {
    await refusal(() => trainStyle(art, { ...tiny, preset: 'seed', size: 256 }), /seed working size S must be a whole number from 4 to 128, got 256/);
    await refusal(() => trainStyle(art, { ...tiny, preset: 'seed', size: 4096 }), /from 4 to 128, got 4096/);
  });

  it('a seed model with more weights than fit the budget, naming the largest S that does', async () => {
    await refusal(
      () => trainStyle(art, { ...tiny, preset: 'seed', size: 128 }),
      /^This model would have \d+\.\d million weights at K = 32; Hueprint trains at most 44\.7 million .* Use a seed working size of \d+ or less, or fewer colours\.$/,
    );
  });

  it('--k 0, 257 and 2.5', async () => {
    for (const k of [0, 257, 2.5]) await refusal(() => trainStyle(art, { ...tiny, k }), /palette size must be a whole number from 1 to 256/);
  });

  it('K = 256 at working size 64 is within the budget and accepted; at 96 it names the size that fits', () => {
    expect(() => assertTrainable(defaultFcnConfig, 256, 64, 8)).not.toThrow();
    expect(() => assertTrainable(defaultFcnConfig, 256, 96, 8)).toThrow(/K = 256 .* Use a working size of 68 or less/);
  });
});

describe('colorize stays within the memory budget at every palette size (K = 256 at 1024² used to die at 4.2 GB)', () => {
  it('sizes its tiles from K: 1024 px at K = 32 (as before), 400 px at K = 256', () => {
    expect(tileSizeFor(defaultFcnConfig, 32, { margin: 20, largest: 1024 })).toBe(1024);
    expect(tileSizeFor(defaultFcnConfig, 256, { margin: 20, largest: 1024 })).toBe(400);
    expect(tileSizeFor(defaultFcnConfig, 256, { margin: 20, largest: 1024, budget: 1e6 })).toBe(4);
  });

  it('a K = 256 style made by trainStyle colorizes a 2×2-tile image under the budget, leaking nothing, and again after', async () => {
    const before = tf.memory().numTensors;
    const { style } = await trainStyle([manyColours(48, 256)], { ...tiny, k: 256 });
    expect(style.palette.frequency.length).toBe(256);
    const gray = makeShapeArt({ count: 1, size: 440, seed: 5, gray: true })[0];
    let out: Rgba8Image | undefined;
    const profile = await tf.profile(async () => {
      out = await colorizeImage(style, gray);
    });
    const tile = 400 + 2 * 20;
    expect(profile.peakBytes).toBeLessThanOrEqual(MEMORY_BUDGET_BYTES);
    // The estimate the tiles are sized by is above what a tile really took.
    expect(profile.peakBytes).toBeLessThanOrEqual(tile * tile * colorizeBytesPerPixel(style.model, 256));
    expect([out!.width, out!.height]).toEqual([440, 440]);
    const small = await colorizeImage(style, makeShapeArt({ count: 1, size: 16, gray: true })[0]);
    expect(small.width).toBe(16);
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});
