import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { colorizeImage, parseStyle, serializeStyle, StyleFormatError, summarizeStyle, trainStyle, type StyleFile } from '../../core';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';
import { crc32 } from '../../core/style/crc32';

let style: StyleFile;

beforeAll(async () => {
  await useWasmBackend();
  ({ style } = await trainStyle(makeShapeArt({ count: 6, size: 32 }), { name: 'Shapes ✨', k: 3, size: 32, epochs: 2 }));
});

describe('style file', () => {
  it('round-trips to a style that predicts exactly the same pixels', async () => {
    const bytes = serializeStyle(style);
    const loaded = parseStyle(bytes);
    expect(loaded.name).toBe('Shapes ✨');
    expect(loaded.model).toEqual(style.model);
    expect(Array.from(loaded.palette.rgb)).toEqual(Array.from(style.palette.rgb));
    expect(Array.from(loaded.lookup)).toEqual(Array.from(style.lookup));
    expect(loaded.weights.map((w) => w.name)).toEqual(style.weights.map((w) => w.name));
    const input = makeShapeArt({ count: 1, size: 40, seed: 7, gray: true })[0];
    const a = await colorizeImage(style, input);
    const b = await colorizeImage(loaded, input);
    expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
    expect(serializeStyle(loaded)).toEqual(bytes);
  });

  it('keeps the default style under 1 MB', () => {
    expect(serializeStyle(style).length).toBeLessThan(1_000_000);
    expect(summarizeStyle(style)).toMatchObject({ name: 'Shapes ✨', k: 3 });
    expect(summarizeStyle(style).palette.every((hex) => /^#[0-9a-f]{6}$/.test(hex))).toBe(true);
  });

  it('rejects files that are not styles, damaged ones and unknown versions, saying what to do', () => {
    const bytes = serializeStyle(style);
    const expectError = (b: Uint8Array, pattern: RegExp): void => {
      expect(() => parseStyle(b)).toThrow(StyleFormatError);
      expect(() => parseStyle(b)).toThrow(pattern);
    };
    expectError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]), /not a Hueprint style/);
    expectError(bytes.subarray(0, bytes.length - 10), /damaged.*weights/);
    expectError(bytes.subarray(0, 40), /cut short/);

    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    const header = JSON.parse(Buffer.from(bytes.subarray(12, 12 + headerLength)).toString('utf8'));
    const withHeader = (h: unknown): Uint8Array => {
      const json = Buffer.from(JSON.stringify(h), 'utf8');
      const out = new Uint8Array(12 + json.length);
      out.set(bytes.subarray(0, 8));
      new DataView(out.buffer).setUint32(8, json.length, true);
      out.set(json, 12);
      return out;
    };
    expectError(withHeader({ ...header, version: 3 }), /newer Hueprint.*version 3/);
    expectError(withHeader({ ...header, version: 'one' }), /unknown format version/);
    expectError(withHeader({ ...header, palette: { ...header.palette, rgb: ['red'] } }), /damaged: palette\.rgb\.0/);
    expectError(withHeader({ ...header, model: { ...header.model, preset: 'gan' } }), /damaged: model/);

    // The last weight made NaN, and the checksum after it recomputed to match.
    const nan = bytes.slice();
    const view = new DataView(nan.buffer);
    view.setFloat32(nan.length - 8, NaN, true);
    view.setUint32(nan.length - 4, crc32(nan.subarray(0, nan.length - 4)), true);
    expectError(nan, /not a number/);
  });

  it('leaves no tensors behind when colorizing', async () => {
    const before = tf.memory().numTensors;
    await colorizeImage(style, makeShapeArt({ count: 1, size: 24, gray: true })[0], { mode: 'shading' });
    expect(tf.memory().numTensors).toBe(before);
  });
});
