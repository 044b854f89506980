import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorizeImage, trainStyle, type StyleFile } from '../../core';
import { useWasmBackend } from '../helpers/useWasmBackend';
import { decodeImageBytes } from '../../cli/io';
import { rgbToLab } from '../../core/colour/rgbToLab';
import { toGrayImage } from '../../core/colour/toGrayImage';
import { hintMapFromImage } from '../../core/hints/hintMapFromImage';
import { splitHints } from '../../core/hints/splitHints';
import { withMarkColours } from '../../core/hints/withMarkColours';
import { grayLevels } from '../../core/inputs/grayLevels';
import type { Palette, Rgba8Image } from '../../core/types';

const RED = [210, 30, 45] as const;
const cherry = (): Rgba8Image => decodeImageBytes(readFileSync(new URL('../../../shared/art/noto/006.png', import.meta.url)), '006.png');

/** The designer's trial: the gray Noto cherry with a red stroke of radius 3 and a 2 px soft edge across the left cherry. */
function softStroke(): Rgba8Image {
  const colour = cherry();
  const { width, height } = colour;
  const levels = grayLevels(toGrayImage(colour).data);
  const data = new Uint8Array(width * height * 4);
  const [ax, ay, bx, by] = [26, 92, 50, 112];
  for (let i = 0; i < levels.length; i++) {
    const x = i % width;
    const y = (i - x) / width;
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    const distance = Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
    const cover = Math.max(0, Math.min(1, (5 - distance) / 2));
    const mix = (c: number) => Math.round(cover * c + (1 - cover) * levels[i]);
    data.set([mix(RED[0]), mix(RED[1]), mix(RED[2]), colour.data[i * 4 + 3] === 0 ? 0 : 255], i * 4);
  }
  return { width, height, data };
}

function paletteOf(colours: readonly (readonly number[])[]): Palette {
  const lab = new Float32Array(colours.length * 3);
  for (let i = 0; i < colours.length; i++) lab.set(rgbToLab(colours[i][0], colours[i][1], colours[i][2]), i * 3);
  return { rgb: Uint8Array.from(colours.flat()), lab, frequency: new Float32Array(colours.length).fill(1 / colours.length) };
}

// Red, a dull maroon (what the rim's blends snap to), a dark gray, white.
const palette = paletteOf([RED, [120, 45, 50], [60, 60, 60], [250, 250, 250]]);

let style: StyleFile;
beforeAll(async () => {
  await useWasmBackend();
  const art = ['000', '001', '002', '003', '004', '005', '006', '007'].map((n) =>
    decodeImageBytes(readFileSync(new URL(`../../../shared/art/noto/${n}.png`, import.meta.url)), `${n}.png`),
  );
  ({ style } = await trainStyle(art, { k: 16, size: 32, maxSide: 128, epochs: 3, seed: 1, testFraction: 0 }));
}, 300_000);

describe('withMarkColours', () => {
  it("lends a soft stroke's core colour from its rim, and keeps each hint pixel's own colour (real art)", () => {
    const { hints } = splitHints(softStroke());
    const map = hintMapFromImage(hints, palette);
    const distinct = new Set<number>();
    for (let h = 0; h < map.positions.length; h++) distinct.add((map.exactRgb[h * 3] << 16) | (map.exactRgb[h * 3 + 1] << 8) | map.exactRgb[h * 3 + 2]);
    // Measured: the stroke's hint pixels hold many colours (its rim's blends), and a share of them snap to the maroon.
    expect(distinct.size).toBeGreaterThan(20);
    expect(map.paletteIndex.some((c) => c === 1)).toBe(true);
    const marked = withMarkColours(map, palette);
    expect(marked.markRgb).toBeDefined();
    for (let h = 0; h < map.positions.length; h++) expect([...marked.markRgb!.subarray(h * 3, h * 3 + 3)]).toEqual([...RED]);
    expect(marked.paletteIndex.every((c) => c === 0)).toBe(true);
    expect(marked.exactRgb).toEqual(map.exactRgb);
  });

  it('leaves a part coloured in its true colours, shadows and highlights, as it is (real art)', () => {
    // The cherry with its left half in its true colours: the red body, its darker shadow wider than a rim, a highlight.
    const colour = cherry();
    const { width } = colour;
    const levels = grayLevels(toGrayImage(colour).data);
    const data = new Uint8Array(colour.data);
    for (let i = 0; i < levels.length; i++) if (i % width >= 64) data.set([levels[i], levels[i], levels[i]], i * 4);
    const map = hintMapFromImage(splitHints({ ...colour, data }).hints, palette);
    expect(map.positions.length).toBeGreaterThan(500);
    expect(withMarkColours(map, palette)).toBe(map);
  });

  it("colours the part under a soft stroke in the stroke's colour, the stroke itself as painted (real art)", async () => {
    // As the CLI and the plugin colorize partly coloured art: its gray, and its coloured pixels as hints.
    const art = softStroke();
    const { gray, hints } = splitHints(art);
    const { data } = await colorizeImage(style, gray, { hints });
    let stroke = 0;
    let kept = 0;
    let red = 0;
    for (let i = 0; i < art.width * art.height; i++) {
      const p = i * 4;
      if (hints.data[p + 3] >= 128) {
        stroke++;
        if (data[p] === art.data[p] && data[p + 1] === art.data[p + 1] && data[p + 2] === art.data[p + 2]) kept++;
      } else if (data[p] === RED[0] && data[p + 1] === RED[1] && data[p + 2] === RED[2]) red++;
    }
    expect(kept).toBe(stroke);
    // Measured with this style: no pixel beyond the stroke in its red before (the rim's dull blends took the cherry), 2,736
    // now (both cherries' bodies: the other one is the same gray elsewhere).
    expect(red).toBeGreaterThan(200);
  }, 120_000);
});
