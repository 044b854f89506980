import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { colorizeImage, evaluateStyle, HELD_OUT_EXAMPLE_SIDE, heldOutExample, prepareExample, TrainingStoppedError, trainStyle } from '../../core';
import { SHAPE_ART_COLORS, makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

beforeAll(async () => {
  await useWasmBackend();
});

/** Fraction of shape pixels (not background) a colorized image gets right. */
function shapeAccuracy(truth: { data: Uint8Array | Uint8ClampedArray }, result: { data: Uint8Array | Uint8ClampedArray }): number {
  let right = 0;
  let shape = 0;
  for (let p = 0; p < truth.data.length; p += 4) {
    if (truth.data[p] === 255 && truth.data[p + 1] === 255) continue; // white background
    shape++;
    const close = Math.abs(truth.data[p] - result.data[p]) + Math.abs(truth.data[p + 2] - result.data[p + 2]) < 60;
    if (close) right++;
  }
  return right / shape;
}

describe('trainStyle on art where colour depends on shape', () => {
  it('learns what a gray→colour lookup cannot: circles red, squares blue, at the same gray', async () => {
    const art = makeShapeArt({ count: 24, size: 32, seed: 3 });
    const held = makeShapeArt({ count: 8, size: 32, seed: 99 });
    const before = tf.memory().numTensors;
    const heldOut: number[] = [];
    // The default model, trained with simulated hints: without any hint it must still learn shape from context.
    const { style } = await trainStyle(art, { k: 3, size: 32, epochs: 120, seed: 1, testImages: held }, { onProgress: (p) => heldOut.push(p.testAccuracy) });
    expect(style.model.preset === 'fcn' && style.model.hints).toBe(true);
    // Measured on this art, where one gray is a red circle or a blue square: "same gray elsewhere" says little.
    expect(style.model.preset === 'fcn' && style.model.sameGrayTrust).toBeLessThanOrEqual(0.3);
    expect(tf.memory().numTensors).toBe(before);
    expect(style.palette.frequency.length).toBe(3);
    // Held-out accuracy is reported every epoch, and it moved: the net learnt.
    expect(heldOut).toHaveLength(120);
    expect(Math.max(...heldOut)).toBeGreaterThan(heldOut[0] + 0.1);

    const scores = await evaluateStyle(style, held);
    // The lookup sees one gray for two colours: on the shapes it is a coin toss.
    expect(scores.oracle.accuracy).toBe(1);
    expect(scores.model.accuracyForeground).toBeGreaterThan(scores.lookup.accuracyForeground + 0.15);
    expect(scores.model.deltaE00Foreground).toBeLessThan(scores.lookup.deltaE00Foreground);

    const gray = makeShapeArt({ count: 4, size: 32, seed: 99, gray: true });
    const truth = makeShapeArt({ count: 4, size: 32, seed: 99 });
    let sum = 0;
    for (let i = 0; i < gray.length; i++) sum += shapeAccuracy(truth[i], await colorizeImage(style, gray[i]));
    expect(sum / gray.length).toBeGreaterThan(0.8);
    expect(tf.memory().numTensors).toBe(before);
    expect(SHAPE_ART_COLORS.sharedGray).toBeCloseTo(53.55);
  }, 300_000);

  it('keeps one held-out image as the model coloured it: its gray, the palette colours it chose (as accurate as reported) and the real colours', async () => {
    const art = makeShapeArt({ count: 6, size: 32, seed: 7 });
    const [held] = makeShapeArt({ count: 1, size: 32, seed: 42 });
    const { style, heldOut } = await trainStyle(art, { k: 3, size: 32, epochs: 3, seed: 1, testImages: [held] });
    expect(heldOut).toBeDefined();
    const { gray, colorized, original } = heldOut!;
    for (const image of [gray, colorized, original]) expect([image.width, image.height]).toEqual([32, 32]);
    expect(Array.from(original.data)).toEqual(Array.from(held.data));
    const palette = new Set(Array.from({ length: style.palette.frequency.length }, (_, i) => style.palette.rgb.slice(i * 3, i * 3 + 3).join(',')));
    const labels = prepareExample(held, style.palette).labels.data;
    let right = 0;
    for (let i = 0, p = 0; i < labels.length; i++, p += 4) {
      expect(gray.data[p]).toBe(gray.data[p + 1]);
      const rgb = Array.from(colorized.data.slice(p, p + 3)).join(',');
      expect(palette.has(rgb)).toBe(true);
      if (rgb === style.palette.rgb.slice(labels[i] * 3, labels[i] * 3 + 3).join(',')) right++;
    }
    // The picture shows exactly what the reported held-out accuracy measured.
    expect(right / labels.length).toBeCloseTo(style.training.testAccuracy, 10);
    // Nothing held out, nothing to show.
    expect((await trainStyle(art.slice(0, 1), { k: 3, size: 32, epochs: 1 })).heldOut).toBeUndefined();
  }, 60_000);

  it('bounds a held-out example to HELD_OUT_EXAMPLE_SIDE, keeping its shape', () => {
    const [big] = makeShapeArt({ count: 1, size: 600, seed: 3 });
    const { labels, gray } = prepareExample(big, { rgb: new Uint8Array([255, 0, 0]), lab: new Float32Array(3), frequency: new Float32Array([1]) });
    const example = heldOutExample(
      big,
      gray,
      labels.data.map(() => 0),
      { rgb: new Uint8Array([255, 0, 0]), lab: new Float32Array(3), frequency: new Float32Array([1]) },
    );
    for (const image of [example.gray, example.colorized, example.original])
      expect([image.width, image.height]).toEqual([HELD_OUT_EXAMPLE_SIDE, HELD_OUT_EXAMPLE_SIDE]);
    expect(() => heldOutExample(big, gray, new Int32Array(3), { rgb: new Uint8Array(3), lab: new Float32Array(3), frequency: new Float32Array([1]) })).toThrow(
      /must match/,
    );
  });

  it('stops on cancel with a TrainingStoppedError, keeps the last finished epoch and leaks nothing', async () => {
    const art = makeShapeArt({ count: 6, size: 32, seed: 5 });
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const promise = trainStyle(
      art,
      { k: 3, size: 32, epochs: 50 },
      {
        onProgress: (p) => {
          if (p.epoch === 2) controller.abort();
        },
        signal: controller.signal,
      },
    );
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingStoppedError);
    const stopped = error as TrainingStoppedError;
    expect(stopped.reason).toBe('cancelled');
    expect(stopped.lastGoodStyle?.training.epochs).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);

  it('says "context-lost" when the host aborts for a lost GPU context', async () => {
    const controller = new AbortController();
    controller.abort('context-lost');
    const error = await trainStyle(makeShapeArt({ count: 3, size: 16 }), { k: 3, size: 16, epochs: 1 }, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as TrainingStoppedError).reason).toBe('context-lost');
    expect((error as Error).message).toMatch(/GPU context was lost/);
  });

  it('turns art with fewer colours than K into a smaller palette with a notice, not an error', async () => {
    const notices: string[] = [];
    const { style } = await trainStyle(makeShapeArt({ count: 4, size: 16 }), { k: 32, size: 16, epochs: 1 }, { onNotice: (m) => notices.push(m) });
    expect(style.palette.frequency.length).toBe(3);
    expect(notices.join(' ')).toMatch(/3 distinct colours/);
  });

  it('rejects an empty selection and bad options with messages that say what to do', async () => {
    await expect(trainStyle([])).rejects.toThrow(/Select at least one colour image/);
    await expect(trainStyle(makeShapeArt({ count: 2 }), { size: 30 })).rejects.toThrow(/multiple of 4/);
    await expect(trainStyle(makeShapeArt({ count: 2 }), { epochs: 0 })).rejects.toThrow(/Epochs/);
  });
});
