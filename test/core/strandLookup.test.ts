import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/io';
import { colorizeImage, parseStyle, serializeStyle, trainStyle, type StyleFile } from '../../core';
import { grayOf } from '../../core/colour';
import * as tf from '../../core/tf/tf';
import type { Rgba8Image } from '../../core/types';
import { useWasmBackend } from '../helpers/useWasmBackend';

const CAST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/art/toonhead-cast');

/** A colour drawing in gray (0.21 R + 0.72 G + 0.07 B), its alpha kept: what a designer colorizes. */
function grayCopy(image: Rgba8Image): Rgba8Image {
  const data = new Uint8Array(image.data);
  for (let p = 0; p < data.length; p += 4) data[p] = data[p + 1] = data[p + 2] = Math.round(grayOf(data[p], data[p + 1], data[p + 2]));
  return { width: image.width, height: image.height, data };
}

let style: StyleFile;
let test: Rgba8Image;
/** All 12 held-out drawings: strands darker than their nearest fill are decided before the strand lookup (see unmixEdges), so one drawing may have none left for it. */
let tests: Rgba8Image[];

beforeAll(async () => {
  await useWasmBackend();
  const names = readdirSync(resolve(CAST, 'train'))
    .filter((name) => name.endsWith('.png'))
    .sort()
    .slice(0, 8);
  const train = await Promise.all(names.map((name) => readImageFile(resolve(CAST, 'train', name))));
  ({ style } = await trainStyle(train, { k: 16, size: 32, epochs: 1, testFraction: 0, seed: 1 }));
  test = await readImageFile(resolve(CAST, 'test/021.png'));
  const testNames = readdirSync(resolve(CAST, 'test')).filter((name) => name.endsWith('.png'));
  tests = await Promise.all(testNames.map((name) => readImageFile(resolve(CAST, 'test', name))));
}, 120_000);

describe('the strand lookup (toonhead-cast drawings on a transparent canvas, antialiased strands)', () => {
  it('is built from the training art, kept in the style file, and decides strands only', async () => {
    const strands = style.strandLookup!;
    expect(strands).toHaveLength(256);
    const k = style.palette.frequency.length;
    expect(strands.every((c) => c >= -1 && c < k)).toBe(true);
    expect(strands.filter((c) => c >= 0).length).toBeGreaterThan(20);
    const loaded = parseStyle(serializeStyle(style));
    expect(Array.from(loaded.strandLookup!)).toEqual(Array.from(strands));
    // A style made before it: no such field in the file; it loads and colorizes as before.
    const { strandLookup: _, ...older } = style;
    const reloaded = parseStyle(serializeStyle(older));
    expect(reloaded.strandLookup).toBeUndefined();
    let changed = 0;
    for (const image of tests) {
      const gray = grayCopy(image);
      const before = tf.memory().numTensors;
      const withStrands = await colorizeImage(loaded, gray);
      const without = await colorizeImage(reloaded, gray);
      expect(tf.memory().numTensors).toBe(before);
      for (let i = 0; i < gray.width * gray.height; i++) {
        const same = [0, 1, 2].every((c) => withStrands.data[i * 4 + c] === without.data[i * 4 + c]);
        if (same) continue;
        changed++;
        expect(gray.data[i * 4 + 3]).toBeGreaterThan(0);
        expect(gray.data[i * 4 + 3]).toBeLessThan(252);
      }
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('is absent for opaque art', async () => {
    const opaque = { ...test, data: Uint8Array.from(test.data, (v, i) => (i % 4 === 3 ? 255 : v)) };
    const { style: flat } = await trainStyle([opaque, opaque], { k: 8, size: 32, epochs: 1, testFraction: 0 });
    expect(flat.strandLookup).toBeUndefined();
    expect(parseStyle(serializeStyle(flat)).strandLookup).toBeUndefined();
  });
});
