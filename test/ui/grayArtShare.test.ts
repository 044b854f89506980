import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { splitHints } from '../../core/hints/splitHints';
import type { Rgba8Image } from '../../core/types';
import { grayArtShare } from '../../ui/lib/grayArtShare';
import { MIN_GRAY_SHARE } from '../../ui/lib/noGrayArtMessage';

const NOTO = resolve(import.meta.dirname, '../../../shared/art/noto');
const noto = (name: string): Rgba8Image => {
  const png = PNG.sync.read(readFileSync(resolve(NOTO, name)));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
};
const grayCopy = (art: Rgba8Image, keep: (x: number, y: number) => boolean = () => false): Rgba8Image => {
  const data = new Uint8Array(art.data);
  for (let y = 0; y < art.height; y++)
    for (let x = 0; x < art.width; x++) {
      if (keep(x, y)) continue;
      const p = (y * art.width + x) * 4;
      data[p] = data[p + 1] = data[p + 2] = Math.round(0.21 * data[p] + 0.72 * data[p + 1] + 0.07 * data[p + 2]);
    }
  return { ...art, data };
};
/** What colorize measures: the art's clearly coloured pixels are its hints. */
const share = (art: Rgba8Image) => grayArtShare(art, splitHints(art).hints.data);

describe('grayArtShare: is anything left to colorize?', () => {
  it('colour art on white has no gray art (the white it sits on is paper), so colorize says so instead of writing a copy', () => {
    // The pepper, as a designer drops it: colour on a white background (68% of its pixels are white).
    const pepper = noto('001.png');
    expect(share(pepper)).toBeLessThan(MIN_GRAY_SHARE);
    // Its gray copy is all gray art; partly coloured (the donut with colour kept over its frosting) still has plenty.
    expect(share(grayCopy(pepper))).toBe(1);
    const donut = noto('010.png');
    const partly = share(grayCopy(donut, (x, y) => (x - 64) ** 2 + (y - 40) ** 2 < 30 ** 2));
    expect(partly).toBeGreaterThan(0.5);
    expect(partly).toBeLessThan(1);
  });

  it('thin gray line art on a large white canvas is gray art, with or without a colour mark on it', () => {
    const width = 400;
    const art: Rgba8Image = { width, height: width, data: new Uint8Array(width * width * 4).fill(255) };
    for (let x = 0; x < width; x++) art.data.set([60, 60, 60, 255], (200 * width + x) * 4); // one 1 px line: 0.25% of the pixels
    const hints = new Uint8Array(art.data.length);
    expect(grayArtShare(art, hints)).toBe(1);
    hints.set([200, 30, 30, 255], (200 * width + 10) * 4); // one marked pixel on the line
    expect(grayArtShare(art, hints)).toBeCloseTo(399 / 400, 6);
    // Blank paper is not colour art.
    expect(grayArtShare({ width: 1, height: 1, data: new Uint8Array([255, 255, 255, 255]) }, new Uint8Array(4))).toBe(1);
    expect(() => grayArtShare(art, new Uint8Array(4))).toThrow(/1 hint pixels for 160000 art pixels/);
  });
});
