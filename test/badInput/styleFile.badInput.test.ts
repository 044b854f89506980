/**
 * Bad input: the `.hueprint` style format (issue 8, items 6 and 8). Every
 * case is a real style, trained here, then damaged the way a disk, a
 * download or a hostile teammate would: the parser refuses it with a message
 * that says so and what to do, or (old files) still reads it.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorizeImage, parseStyle, serializeStyle, StyleFormatError, trainStyle, type StyleFile } from '../../core';
import { crc32 } from '../../core/style/crc32';
import { FCN_WIDTH } from '../../core/limits/modelLimits';
import * as tf from '../../core/tf/tf';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

let style: StyleFile;
let bytes: Uint8Array;

beforeAll(async () => {
  await useWasmBackend();
  ({ style } = await trainStyle(makeShapeArt({ count: 4, size: 16 }), { name: 'Shapes', k: 3, size: 16, epochs: 1, testFraction: 0 }));
  bytes = serializeStyle(style);
});

/** The parse error's message; fails the test if it parsed. */
function refusal(b: Uint8Array): string {
  const before = tf.memory().numTensors;
  try {
    parseStyle(b);
  } catch (error) {
    expect(error).toBeInstanceOf(StyleFormatError);
    expect(tf.memory().numTensors).toBe(before);
    return (error as Error).message;
  }
  throw new Error('parsed a damaged style without complaint');
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const headerLengthOf = (b: Uint8Array): number => view(b).getUint32(8, true);
// biome-ignore lint/suspicious/noExplicitAny: the cases below damage the header field by field, as JSON
const headerOf = (b: Uint8Array): Record<string, any> => JSON.parse(Buffer.from(b.subarray(12, 12 + headerLengthOf(b))).toString('utf8'));
const weightsStartOf = (b: Uint8Array): number => (12 + headerLengthOf(b) + 3) & ~3;

/** The same style with another header, its weights unchanged, checksum recomputed: what a hand-edited file looks like. */
function withHeader(header: unknown, { seal = true } = {}): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const weights = bytes.subarray(weightsStartOf(bytes), bytes.length - 4);
  const start = (12 + json.length + 3) & ~3;
  const out = new Uint8Array(start + weights.length + (seal ? 4 : 0));
  out.set(bytes.subarray(0, 8));
  view(out).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(weights, start);
  if (seal) view(out).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

/** A version-1 file, as Hueprint wrote before the checksum: version 1 in the header and nothing after the weights. */
function asVersion1(b: Uint8Array = bytes): Uint8Array {
  return withHeader({ ...headerOf(b), version: 1 }, { seal: false });
}

function reseal(b: Uint8Array): Uint8Array {
  view(b).setUint32(b.length - 4, crc32(b.subarray(0, b.length - 4)), true);
  return b;
}

describe('the checksum (format version 2)', () => {
  it('is CRC-32 as zlib computes it', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    for (const sample of [new Uint8Array(0), bytes, bytes.subarray(7, 1000)]) expect(crc32(sample)).toBe(zlibCrc32(sample));
  });

  it('refuses a style with four flipped bits in its weights (it used to change 98.6% of the output, exit 0)', () => {
    const damaged = bytes.slice();
    const start = weightsStartOf(damaged);
    for (const i of [0, 101, 2002, 3003]) damaged[start + i] ^= 0x10;
    expect(refusal(damaged)).toMatch(/damaged: its contents changed after it was saved \(the checksum does not match\).*train it again/);
    expect(parseStyle(bytes).weights[0].data).toEqual(style.weights[0].data); // the intact file still reads
  });

  it('refuses a header edited in place (a changed name), which still parses as JSON', () => {
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('Shapes');
    damaged[at] = 'X'.charCodeAt(0);
    expect(refusal(damaged)).toMatch(/checksum does not match/);
  });

  it('refuses a version-2 file whose checksum was cut off, by its length', () => {
    expect(refusal(bytes.subarray(0, bytes.length - 4))).toMatch(/damaged: it should hold \d+ weights \(\d+ bytes\) but has \d+ bytes/);
    expect(refusal(bytes.subarray(0, bytes.length - 1))).toMatch(/should hold/);
  });

  it('keeps loading version-1 files (no checksum), with the same colours, and saves them as version 2', async () => {
    const old = asVersion1();
    expect(headerOf(old).version).toBe(1);
    const loaded = parseStyle(old);
    const gray = makeShapeArt({ count: 1, size: 24, seed: 9, gray: true })[0];
    const before = tf.memory().numTensors;
    const [a, b] = [await colorizeImage(style, gray), await colorizeImage(loaded, gray)];
    expect(tf.memory().numTensors).toBe(before);
    expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
    const resaved = serializeStyle(loaded);
    expect(headerOf(resaved).version).toBe(2);
    expect(Buffer.from(resaved).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('values a file may not declare', () => {
  it('refuses weights far outside what training makes (±3e38 painted everything one colour)', () => {
    const damaged = bytes.slice();
    view(damaged).setFloat32(weightsStartOf(damaged) + 8, 3e38, true);
    expect(refusal(reseal(damaged))).toMatch(/damaged: weight enc0a\/kernel holds 3\.00e\+38, far outside what training makes/);
    const old = asVersion1();
    view(old).setFloat32(weightsStartOf(old) + 8, -3e38, true);
    expect(refusal(old)).toMatch(/far outside/);
  });

  it(`refuses a network wider than ${FCN_WIDTH.max} (width 256 colorized 30× slower), naming the limit`, () => {
    const header = headerOf(bytes);
    expect(refusal(withHeader({ ...header, model: { ...header.model, width: 256 } }))).toMatch(
      /damaged: model\.width: the network width must be a whole number from 1 to 32, got 256/,
    );
    expect(refusal(withHeader({ ...header, model: { ...header.model, width: 0 } }))).toMatch(/from 1 to 32, got 0/);
  });

  it('refuses a hint hue pull outside its bounds (a zero spread or floor would divide by zero)', () => {
    const header = headerOf(bytes);
    expect(refusal(withHeader({ ...header, model: { ...header.model, hintHues: { sigma: 0, floor: 0.05 } } }))).toMatch(
      /damaged: model\.hintHues\.sigma: the hint hue spread must be from 1 to 200/,
    );
    expect(refusal(withHeader({ ...header, model: { ...header.model, hintHues: { sigma: 10, floor: 0 } } }))).toMatch(
      /model\.hintHues\.floor: the hint hue floor must be from 0\.001 to 100/,
    );
    expect(refusal(withHeader({ ...header, model: { ...header.model, hintHues: { sigma: 10 } } }))).toMatch(/model\.hintHues\.floor/);
  });

  it('reads a style saved with a strand lookup (a field unmixEdges no longer reads) as the same style', () => {
    const header = headerOf(bytes);
    const strands = Array.from({ length: 256 }, (_, level) => (level < 128 ? -1 : level % 3));
    expect(parseStyle(withHeader({ ...header, strandLookup: strands }))).toEqual(parseStyle(bytes));
  });

  it('refuses a network deeper than Hueprint trains', () => {
    const header = headerOf(bytes);
    expect(refusal(withHeader({ ...header, model: { ...header.model, depth: 6 } }))).toMatch(
      /model\.depth: the network depth must be a whole number from 0 to 4, got 6/,
    );
  });

  it('refuses a seed model larger than Hueprint trains', () => {
    const header = headerOf(bytes);
    const seed = { preset: 'seed', size: 128, hidden: 4096, dropout: 0.25, prior: false, decision: 'argmax' };
    expect(refusal(withHeader({ ...header, model: seed }))).toMatch(/declares a model larger than any Hueprint trains/);
    expect(refusal(withHeader({ ...header, model: { ...seed, hidden: 65536 } }))).toMatch(
      /model\.hidden: the seed hidden layer must be a whole number from 1 to 4096/,
    );
  });

  it('refuses absurd palette Lab values (1e300 painted everything one colour)', () => {
    const header = headerOf(bytes);
    const lab = header.palette.lab.slice();
    lab[1] = 1e300;
    expect(refusal(withHeader({ ...header, palette: { ...header.palette, lab } }))).toMatch(/damaged: palette\.lab\.1: a Lab value from -200 to 200/);
    const light = header.palette.lab.slice();
    light[0] = 150;
    expect(refusal(withHeader({ ...header, palette: { ...header.palette, lab: light } }))).toMatch(/palette\.lab: a lightness L from 0 to 100/);
  });

  it('refuses palette frequencies that are not fractions', () => {
    const header = headerOf(bytes);
    const frequency = header.palette.frequency.map((f: number) => -f);
    expect(refusal(withHeader({ ...header, palette: { ...header.palette, frequency } }))).toMatch(/palette\.frequency\.0: a fraction from 0 to 1/);
  });

  it('refuses more than 256 colours', () => {
    const header = headerOf(bytes);
    const rgb = Array.from({ length: 300 }, () => '#123456');
    expect(refusal(withHeader({ ...header, palette: { ...header.palette, rgb } }))).toMatch(/palette\.rgb/);
  });
});

describe('messages about a damaged file stay short', () => {
  it('does not echo a 2 MB value (it used to print a 2,000,188-byte line)', () => {
    const header = headerOf(bytes);
    const message = refusal(withHeader({ ...header, model: { ...header.model, decision: 'x'.repeat(2_000_000) } }));
    expect(message).toMatch(/^This Hueprint style is damaged: model\.decision: .*…/);
    expect(message.length).toBeLessThan(600);
  });

  it('does not echo a 2 MB name', () => {
    const message = refusal(withHeader({ ...headerOf(bytes), name: 'n'.repeat(2_000_000) }));
    expect(message).toMatch(/^This Hueprint style is damaged: name: /);
    expect(message.length).toBeLessThan(600);
  });

  it('says "damaged" when the magic is right but the header names no format (it used to say the file does not start with HUEPRINT)', () => {
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('"format"');
    damaged[at + 1] = 'F'.charCodeAt(0);
    expect(refusal(damaged)).toMatch(/^This Hueprint style is damaged: its header does not say it is a Hueprint style/);
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 0]))).toMatch(/not a Hueprint style \(it does not start with "HUEPRINT"\)/);
  });

  it('refuses a header length of 0xFFFFFFFF without allocating it', () => {
    const damaged = bytes.slice();
    view(damaged).setUint32(8, 0xffffffff, true);
    expect(refusal(damaged)).toMatch(/damaged: it is cut short/);
  });

  it('names a version newer than this one, and an unknown one', () => {
    expect(refusal(withHeader({ ...headerOf(bytes), version: 3 }))).toMatch(
      /saved by a newer Hueprint \(format version 3; this one reads versions up to 2\)\. Update Hueprint/,
    );
    expect(refusal(withHeader({ ...headerOf(bytes), version: 'x'.repeat(100_000) })).length).toBeLessThan(300);
  });
});

describe('names', () => {
  it('strips terminal escape codes and control characters from a shared file before anyone prints them', () => {
    const name = '\u001b[2J\u001b[31mRed\u0007\rSun\u001b]0;owned\u0007set\u202e';
    const parsed = parseStyle(withHeader({ ...headerOf(bytes), name }));
    expect(parsed.name).toBe('RedSunset');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
    expect(parsed.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('an all-escape name becomes "Untitled style"; trainStyle cleans the name it is given too', async () => {
    expect(parseStyle(withHeader({ ...headerOf(bytes), name: '\u001b[2J\u0007' })).name).toBe('Untitled style');
    const before = tf.memory().numTensors;
    const { style: named } = await trainStyle(makeShapeArt({ count: 2, size: 16 }), { name: 'Dusk\u001b[2J\n', k: 2, size: 16, epochs: 1, testFraction: 0 });
    expect(tf.memory().numTensors).toBe(before);
    expect(named.name).toBe('Dusk');
    expect(parseStyle(serializeStyle(named)).name).toBe('Dusk');
  });
});
