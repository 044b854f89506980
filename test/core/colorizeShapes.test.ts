import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import {
  colorizeImage,
  colorizeShapes,
  createRandom,
  nearestPaletteIndex,
  rgbToLab,
  trainStyle,
  type Rgba8Image,
  type ShapeMap,
  type StyleFile,
} from '../../core';
import { chooseShapeColours } from '../../core/vector/chooseShapeColours';
import { hintBonus } from '../../core/vector/hintBonus';
import { createShapeEvidence } from '../../core/vector/ShapeEvidence';
import { SHAPE_ART_COLORS, makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

let style: StyleFile;
beforeAll(async () => {
  await useWasmBackend();
  // Short training: the model is right on most shape pixels, not all, so pooling has noise to remove.
  // The default model (trained with simulated hints), used here without hints: shape comes from context.
  // It learns shape a little slower than a hint-free one (a quarter of its crops are hinted), and
  // with Adadelta's ε 1e-5 (larger first steps) 80 epochs coloured 17 of these 24 shapes right: 100 epochs colour all 24.
  ({ style } = await trainStyle(makeShapeArt({ count: 24, size: 32, seed: 3 }), { k: 3, size: 32, epochs: 100, seed: 1, testFraction: 0 }));
}, 600_000);

/**
 * Gray art of separate circles and squares (one per 32² cell of a 64² canvas,
 * never touching), its colour truth and its shape map: one shape per circle
 * or square, plus one more shape that is drawn nowhere.
 */
function separateShapes(seed: number): { gray: Rgba8Image; isCircle: boolean[]; map: ShapeMap } {
  const random = createRandom(seed);
  const size = 64;
  const gray = Math.round(SHAPE_ART_COLORS.sharedGray);
  const data = new Uint8Array(size * size * 4).fill(255);
  const ids = new Int32Array(size * size).fill(-1);
  const isCircle: boolean[] = [];
  for (let cell = 0; cell < 4; cell++) {
    const circle = random() < 0.5;
    isCircle.push(circle);
    const r = 5 + Math.floor(random() * 6);
    const cx = (cell % 2) * 32 + 16 + Math.floor((random() - 0.5) * 6);
    const cy = Math.floor(cell / 2) * 32 + 16 + Math.floor((random() - 0.5) * 6);
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) {
        if (circle && (x - cx) ** 2 + (y - cy) ** 2 > r * r + r * 0.5) continue;
        const p = y * size + x;
        data.fill(gray, p * 4, p * 4 + 3);
        ids[p] = cell;
      }
    }
  }
  return { gray: { width: size, height: size, data }, isCircle, map: { width: size, height: size, ids, count: 5 } };
}

function paletteIndexOf(rgb: readonly number[]): number {
  const lab = rgbToLab(rgb[0], rgb[1], rgb[2]);
  return nearestPaletteIndex(lab[0], lab[1], lab[2], style.palette);
}

describe('colorizeShapes', () => {
  it('gives each shape one colour from pooled predictions: at least as many shapes right as pixels', async () => {
    const red = paletteIndexOf(SHAPE_ART_COLORS.circle);
    const blue = paletteIndexOf(SHAPE_ART_COLORS.square);
    expect(red).not.toBe(blue);
    const before = tf.memory().numTensors;
    let shapesRight = 0;
    let shapes = 0;
    let pixelsRight = 0;
    let pixels = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const { gray, isCircle, map } = separateShapes(seed);
      const result = await colorizeShapes(style, gray, map, { mode: 'flat' });
      // The shape drawn nowhere is left as it is.
      expect(result.paletteIndex[4]).toBe(-1);
      expect(result.pixels[4]).toBe(0);
      for (let shape = 0; shape < 4; shape++) {
        const c = result.paletteIndex[shape];
        shapes++;
        if (c === (isCircle[shape] ? red : blue)) shapesRight++;
        expect([...result.rgb.subarray(shape * 3, shape * 3 + 3)]).toEqual([...style.palette.rgb.subarray(c * 3, c * 3 + 3)]);
      }
      // The raster path on the same style, pixel by pixel.
      const raster = await colorizeImage(style, gray);
      for (let p = 0; p < map.ids.length; p++) {
        const id = map.ids[p];
        if (id < 0) continue;
        pixels++;
        if (paletteIndexOf([raster.data[p * 4], raster.data[p * 4 + 1], raster.data[p * 4 + 2]]) === (isCircle[id] ? red : blue)) pixelsRight++;
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(shapesRight / shapes).toBeGreaterThan(0.8);
    expect(shapesRight / shapes).toBeGreaterThanOrEqual(pixelsRight / pixels);
  }, 120_000);

  it('colours a drawing larger than the learnt scale from predictions at that scale, as right as its own scale', async () => {
    const red = paletteIndexOf(SHAPE_ART_COLORS.circle);
    const blue = paletteIndexOf(SHAPE_ART_COLORS.square);
    // The same drawings at twice their size, for a style that learnt at their own size (64 px).
    const learntAt64: StyleFile = { ...style, training: { ...style.training, maxSide: 64 } };
    const twice = ({ gray, map }: ReturnType<typeof separateShapes>): { gray: Rgba8Image; map: ShapeMap } => {
      const data = new Uint8Array(128 * 128 * 4);
      const ids = new Int32Array(128 * 128);
      for (let y = 0; y < 128; y++)
        for (let x = 0; x < 128; x++) {
          const from = (y >> 1) * 64 + (x >> 1);
          data.set(gray.data.subarray(from * 4, from * 4 + 4), (y * 128 + x) * 4);
          ids[y * 128 + x] = map.ids[from];
        }
      return { gray: { width: 128, height: 128, data }, map: { width: 128, height: 128, ids, count: map.count } };
    };
    const before = tf.memory().numTensors;
    let atOwnScale = 0;
    let fast = 0;
    let shapes = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const drawing = separateShapes(seed);
      const big = twice(drawing);
      const own = await colorizeShapes(style, drawing.gray, drawing.map);
      const scaled = await colorizeShapes(learntAt64, big.gray, big.map);
      // Every visible pixel is counted at full resolution, the one drawn nowhere is still left alone.
      for (let shape = 0; shape < 5; shape++) expect(scaled.pixels[shape]).toBe(4 * own.pixels[shape]);
      expect(scaled.paletteIndex[4]).toBe(-1);
      for (let shape = 0; shape < 4; shape++) {
        shapes++;
        const truth = drawing.isCircle[shape] ? red : blue;
        if (own.paletteIndex[shape] === truth) atOwnScale++;
        if (scaled.paletteIndex[shape] === truth) fast++;
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(fast / shapes).toBeGreaterThan(0.8);
    expect(fast).toBeGreaterThanOrEqual(atOwnScale - 1);
  }, 120_000);

  it('keeps hints exactly and gives other shapes their palette colour at their own gray', async () => {
    const { gray, map } = separateShapes(9);
    const isHint = new Uint8Array([0, 0, 0, 1, 0]);
    const rgb = new Uint8Array(15);
    rgb.set([12, 200, 34], 9);
    const result = await colorizeShapes(style, gray, map, { mode: 'shading', hints: { isHint, rgb }, levels: new Uint8Array(5).fill(54) });
    expect(result.paletteIndex[3]).toBe(-1);
    expect([...result.rgb.subarray(9, 12)]).toEqual([12, 200, 34]);
    // Shading: the palette colour at the shape's own gray level.
    for (const shape of [0, 1, 2]) {
      const [r, g, b] = result.rgb.subarray(shape * 3, shape * 3 + 3);
      expect(Math.abs(0.21 * r + 0.72 * g + 0.07 * b - 54)).toBeLessThan(1.5);
    }
  }, 60_000);

  it('refuses a shape map of another size or with ids out of range', async () => {
    const gray = makeShapeArt({ count: 1, size: 32, gray: true })[0];
    await expect(colorizeShapes(style, gray, { width: 16, height: 32, ids: new Int32Array(512), count: 1 })).rejects.toThrow(/16×32.*32×32/);
    await expect(colorizeShapes(style, gray, { width: 32, height: 32, ids: new Int32Array(1024).fill(3), count: 2 })).rejects.toThrow(/names shape 3/);
  });

  it("lets a hint tip a same-gray shape the model is unsure of toward the hint's colour", () => {
    const palette = style.palette;
    const red = paletteIndexOf(SHAPE_ART_COLORS.circle);
    const blue = paletteIndexOf(SHAPE_ART_COLORS.square);
    // Shape 0: a hint in red at gray 54. Shape 1: gray 54, the model torn between red and blue. Shape 2: gray 200, as torn.
    const evidence = createShapeEvidence(3, 3, 'log-probability');
    for (const s of [1, 2]) {
      evidence.pixels[s] = 10;
      evidence.sums[s * 3 + blue] = 10 * Math.log(0.5);
      evidence.sums[s * 3 + red] = 10 * Math.log(0.49);
      evidence.sums[s * 3 + (3 - red - blue)] = 10 * Math.log(0.01);
    }
    const hints = { isHint: new Uint8Array([1, 0, 0]), rgb: new Uint8Array([255, 0, 0, 0, 0, 0, 0, 0, 0]) };
    const bonus = hintBonus(hints, new Uint8Array([54, 54, 200]), palette);
    expect([...chooseShapeColours(evidence, 'log-probability', undefined)].slice(1)).toEqual([blue, blue]);
    expect([...chooseShapeColours(evidence, 'log-probability', undefined, bonus)].slice(1)).toEqual([red, blue]);
  });
});
