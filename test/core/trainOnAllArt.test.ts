import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/io';
import {
  deltaE2000,
  describeTrainingArt,
  extractTrainingPalette,
  fitForModel,
  loadStyle,
  parseStyle,
  predictPixelsAsync,
  prepareExample,
  resolveTrainSettings,
  serializeStyle,
  splitTrainingArt,
  trainStyle,
  type Palette,
  type Rgba8Image,
  type StyleFile,
} from '../../core';
import * as tf from '../../core/tf/tf';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

const noto = (name: string): Rgba8Image => decodeImageBytes(readFileSync(new URL(`../../../shared/art/noto/${name}`, import.meta.url)), name);

beforeAll(async () => {
  await useWasmBackend();
});

/** The style's palette index for every pixel of `image` (fitted as it trained) and the true index, the labelled pixels only. */
async function predictOn(style: StyleFile, image: Rgba8Image): Promise<{ predicted: Int32Array; labels: Int32Array }> {
  const example = prepareExample(fitForModel(image, style.model, style.training.maxSide, false), style.palette);
  const loaded = loadStyle(style);
  try {
    const { indices } = await predictPixelsAsync(loaded, example.gray);
    return { predicted: indices, labels: example.labels.data };
  } finally {
    loaded.dispose();
  }
}

function accuracy({ predicted, labels }: { predicted: Int32Array; labels: Int32Array }): number {
  let right = 0;
  let counted = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] < 0) continue;
    counted++;
    if (predicted[i] === labels[i]) right++;
  }
  return right / counted;
}

/** ΔE2000 from palette colour `c` of `palette` to the nearest colour of `other`. */
function distanceToNearest(palette: Palette, c: number, other: Palette): number {
  let best = Infinity;
  for (let d = 0; d < other.frequency.length; d++) {
    const [L, a, b] = palette.lab.subarray(c * 3, c * 3 + 3);
    best = Math.min(best, deltaE2000(L, a, b, other.lab[d * 3], other.lab[d * 3 + 1], other.lab[d * 3 + 2]));
  }
  return best;
}

describe('trainStyle learns from every image selected, after measuring on the held-out ones', () => {
  it('a colour only the held-out chestnut has reaches the palette, and the final style learnt the chestnut itself', async () => {
    // Noto emoji 000–007; the seeded 70/30 split holds out 000 (the chestnut, whose browns no other image has) and 003.
    const art = Array.from({ length: 8 }, (_, i) => noto(`00${i}.png`));
    const options = { k: 12, maxSide: 64, size: 32, epochs: 4, seed: 1 };
    const before = tf.memory().numTensors;
    const { style, measured, split } = await trainStyle(art, options);
    expect(tf.memory().numTensors).toBe(before);
    expect(split.test).toEqual([0, 3]);

    // The report says what was measured and what was learnt from: the held-out figures are the measured model's.
    expect(style.training.images).toEqual({ train: 6, test: 2 });
    expect(style.training.thenTrainedOnAll).toEqual({ images: 8, epochs: 1 });
    expect(style.training.testAccuracy).toBe(measured.training.testAccuracy);
    expect(measured.training.thenTrainedOnAll).toBeUndefined();
    expect(describeTrainingArt(style.training)).toBe('measured on 2 images held out, then trained on all 8');
    expect(parseStyle(serializeStyle(style)).training.thenTrainedOnAll).toEqual({ images: 8, epochs: 1 });

    // The palette: its colour farthest from a palette of the training images alone is the chestnut's brown.
    const settings = resolveTrainSettings({ ...options, keepHeldOutUnseen: true });
    const { palette: trainOnly } = extractTrainingPalette(splitTrainingArt(art, settings), settings);
    const distances = Array.from({ length: style.palette.frequency.length }, (_, c) => distanceToNearest(style.palette, c, trainOnly));
    const brown = distances.indexOf(Math.max(...distances));
    expect(distances[brown]).toBeGreaterThan(12);
    const chestnut = await predictOn(style, art[0]);
    const brownPixels = chestnut.labels.filter((label) => label === brown).length;
    expect(brownPixels / chestnut.labels.length).toBeGreaterThan(0.02);

    // The final training: the saved style paints the chestnut's brown where the chestnut has it, and knows the
    // held-out images far better than the measured model that never saw them.
    let brownRight = 0;
    for (let i = 0; i < chestnut.labels.length; i++) if (chestnut.labels[i] === brown && chestnut.predicted[i] === brown) brownRight++;
    expect(brownRight / brownPixels).toBeGreaterThan(0.3);
    for (const i of split.test) {
      const final = accuracy(await predictOn(style, art[i]));
      const measuredOnly = accuracy(await predictOn(measured, art[i]));
      expect(final).toBeGreaterThan(measuredOnly + 0.1);
    }
  }, 300_000);

  it('keeps held-out art unseen when asked (what eval scores honestly), and has nothing more to learn when nothing is held out', async () => {
    const art = makeShapeArt({ count: 4, size: 16, seed: 5 });
    const unseen = await trainStyle(art, { k: 3, size: 16, epochs: 1, keepHeldOutUnseen: true });
    expect(unseen.style).toBe(unseen.measured);
    expect(unseen.style.training.thenTrainedOnAll).toBeUndefined();
    expect(unseen.split.test.length).toBeGreaterThan(0);
    expect(describeTrainingArt(unseen.style.training)).toMatch(/^trained on 3 images, measured on 1 held out$/);
    const none = await trainStyle(art, { k: 3, size: 16, epochs: 1, testFraction: 0 });
    expect(none.style).toBe(none.measured);
    expect(describeTrainingArt(none.style.training)).toBe('trained on 4 images, none held out');
  }, 120_000);
});
