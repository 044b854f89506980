import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/io';
import { colorizeImage, grayOf, trainStyle, type Rgba8Image, type StyleFile } from '../../core';
import { keepUnlearntCanvas, KEEP_PIXEL } from '../../core/colorize/keepUnlearntCanvas';
import { rgbToLab } from '../../core/colour/rgbToLab';
import * as tf from '../../core/tf/tf';
import { useWasmBackend } from '../helpers/useWasmBackend';

const CAST = fileURLToPath(new URL('../../../shared/art/toonhead-cast/', import.meta.url));

/** A drawing on a transparent ground, gray and flattened on white: what a Figma frame's default white fill exports. */
function grayOnWhite(image: Rgba8Image): Rgba8Image {
  const data = new Uint8Array(image.data.length);
  for (let p = 0; p < data.length; p += 4) {
    const a = image.data[p + 3] / 255;
    const g = Math.round(grayOf(image.data[p], image.data[p + 1], image.data[p + 2]) * a + 255 * (1 - a));
    data.set([g, g, g, 255], p);
  }
  return { width: image.width, height: image.height, data };
}

let style: StyleFile;
beforeAll(async () => {
  await useWasmBackend();
  // The cast lies on a transparent ground: its palette has no colour as light as a canvas.
  const names = readdirSync(`${CAST}train`)
    .filter((n) => n.endsWith('.png'))
    .sort()
    .slice(0, 6);
  const art = names.map((n) => decodeImageBytes(readFileSync(`${CAST}train/${n}`), n));
  ({ style } = await trainStyle(art, { k: 16, size: 32, maxSide: 128, epochs: 2, seed: 1, testFraction: 0 }));
}, 300_000);

describe('keepUnlearntCanvas', () => {
  it('leaves the white ground of gray art white when the style never saw one (real art)', async () => {
    const gray = grayOnWhite(decodeImageBytes(readFileSync(`${CAST}test/000.png`), '000.png'));
    const canvas = [];
    for (let i = 0; i < gray.width * gray.height; i++) if (gray.data[i * 4] === 255) canvas.push(i);
    expect(canvas.length).toBeGreaterThan(5000);
    const before = tf.memory().numTensors;
    const { data } = await colorizeImage(style, gray);
    expect(tf.memory().numTensors).toBe(before);
    // Measured: all 9,005 canvas pixels white; before, every one of them brown (162,106,78 with the eval's style).
    expect(canvas.filter((i) => data[i * 4] === 255 && data[i * 4 + 1] === 255 && data[i * 4 + 2] === 255)).toHaveLength(canvas.length);
    // The drawing itself is coloured: most of its pixels are no longer gray.
    let drawing = 0;
    let coloured = 0;
    for (let i = 0; i < gray.width * gray.height; i++) {
      if (gray.data[i * 4] >= 250) continue;
      drawing++;
      if (Math.max(data[i * 4], data[i * 4 + 1], data[i * 4 + 2]) - Math.min(data[i * 4], data[i * 4 + 1], data[i * 4 + 2]) > 12) coloured++;
    }
    expect(coloured / drawing).toBeGreaterThan(0.6);
  }, 120_000);

  it('keeps nothing when the palette has a colour as light as a canvas', () => {
    const lab = new Float32Array(6);
    lab.set(rgbToLab(250, 250, 250), 0);
    lab.set(rgbToLab(200, 30, 30), 3);
    const palette = { rgb: new Uint8Array([250, 250, 250, 200, 30, 30]), lab, frequency: new Float32Array([0.5, 0.5]) };
    const indices = new Int32Array([1, 1, 0]);
    expect(keepUnlearntCanvas(indices, new Float32Array([1, 0.5, 1]), palette)).toBe(0);
    expect([...indices]).toEqual([1, 1, 0]);
    const dark = { ...palette, rgb: new Uint8Array([240, 240, 240, 200, 30, 30]) };
    expect(keepUnlearntCanvas(indices, new Float32Array([1, 0.5, 250 / 255]), dark)).toBe(2);
    expect([...indices]).toEqual([KEEP_PIXEL, 1, KEEP_PIXEL]);
  });
});
