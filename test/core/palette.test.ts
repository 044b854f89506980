import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/io';
import { labToRgbBytes, rgb24ToLab, rgbToLab } from '../../core/colour';
import { resizeAreaAverage } from '../../core/image';
import { assignLabels, distinctColors, extractPalette, kMeansLab, nearestPaletteIndex, paletteInertia } from '../../core/palette';
import { createRandom } from '../../core/random';
import type { Palette, Rgba8Image } from '../../core/types';
import { makeShapeArt, SHAPE_ART_COLORS } from '../helpers/makeShapeArt';

const here = dirname(fileURLToPath(import.meta.url));
const noto = (n: number): string => resolve(here, '../../../shared/art/noto', `${String(n).padStart(3, '0')}.png`);

/** An image of the given colours (0xRRGGBB), each repeated counts[i] times, plus `transparent` clear pixels. */
function imageOf(colors: number[], counts: number[], transparent = 0): Rgba8Image {
  const px: number[] = [];
  colors.forEach((c, i) => {
    for (let j = 0; j < counts[i]; j++) px.push((c >>> 16) & 255, (c >>> 8) & 255, c & 255, 255);
  });
  for (let j = 0; j < transparent; j++) px.push(9, 9, 9, 0);
  return { width: px.length / 4, height: 1, data: Uint8Array.from(px) };
}

/** Independent plain Lloyd from k random distinct points: the reference the tests compare against. */
function plainLloyd(points: Float32Array, weights: Float64Array, k: number, seed: number): number {
  const n = weights.length;
  const random = createRandom(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  const centres = Array.from(picked).flatMap((i) => [points[i * 3], points[i * 3 + 1], points[i * 3 + 2]]);
  let inertia = Infinity;
  for (let iter = 0; iter < 200; iter++) {
    const sums = new Float64Array(k * 4);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const d = (points[i * 3] - centres[c * 3]) ** 2 + (points[i * 3 + 1] - centres[c * 3 + 1]) ** 2 + (points[i * 3 + 2] - centres[c * 3 + 2]) ** 2;
        if (d < bestD) [best, bestD] = [c, d];
      }
      total += weights[i] * bestD;
      for (let j = 0; j < 3; j++) sums[best * 4 + j] += weights[i] * points[i * 3 + j];
      sums[best * 4 + 3] += weights[i];
    }
    for (let c = 0; c < k; c++) if (sums[c * 4 + 3] > 0) for (let j = 0; j < 3; j++) centres[c * 3 + j] = sums[c * 4 + j] / sums[c * 4 + 3];
    if (total >= inertia - 1e-9) return Math.min(total, inertia);
    inertia = total;
  }
  return inertia;
}

describe('distinctColors', () => {
  it('counts opaque colours across images, most frequent first', () => {
    const a = imageOf([0xff0000, 0x00ff00], [3, 5], 4);
    const b = imageOf([0x00ff00, 0x0000ff, 0xff0000], [1, 5, 1]);
    const d = distinctColors([a, b]);
    expect(Array.from(d.colors)).toEqual([0x00ff00, 0x0000ff, 0xff0000]);
    expect(Array.from(d.counts)).toEqual([6, 5, 4]);
    expect(d.total).toBe(15);
  });

  it('handles thousands of distinct colours (hash table growth) exactly', () => {
    const colors = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) & 0xffffff);
    const unique = Array.from(new Set(colors));
    const counts = unique.map((_, i) => 1 + (i % 3));
    const opaque = counts.reduce((s, c) => s + c, 0);
    const row = imageOf(unique, counts, (4 - (opaque % 4)) % 4);
    const img = { width: row.width / 4, height: 4, data: row.data }; // same pixels, under 4096 px a side
    const d = distinctColors([img]);
    expect(d.colors.length).toBe(unique.length);
    expect(d.total).toBe(unique.reduce((s, _, i) => s + 1 + (i % 3), 0));
    const counted = new Map(Array.from(d.colors, (c, i) => [c, d.counts[i]]));
    for (const [i, c] of unique.entries()) expect(counted.get(c)).toBe(1 + (i % 3));
  });
});

describe('extractPalette on real art', () => {
  let art: Rgba8Image[];
  beforeAll(async () => {
    art = await Promise.all([0, 3, 11, 25].map((n) => readImageFile(noto(n))));
  });

  it('is deterministic for a seed and sorted by frequency', () => {
    const first = extractPalette(art, { k: 16, seed: 7 });
    const again = extractPalette(art, { k: 16, seed: 7 });
    expect(first.notice).toBeUndefined();
    expect(Array.from(again.palette.lab)).toEqual(Array.from(first.palette.lab));
    expect(Array.from(again.palette.rgb)).toEqual(Array.from(first.palette.rgb));
    const { palette } = first;
    expect(palette.frequency).toHaveLength(16);
    expect(palette.rgb).toHaveLength(48);
    expect(palette.lab).toHaveLength(48);
    for (let i = 1; i < 16; i++) expect(palette.frequency[i]).toBeLessThanOrEqual(palette.frequency[i - 1]);
    expect(palette.frequency.reduce((s, f) => s + f, 0)).toBeCloseTo(1, 5);
    expect(Array.from(palette.rgb)).toEqual(Array.from(labToRgbBytes(palette.lab)));
    // White background dominates these emoji.
    expect(Array.from(palette.rgb.subarray(0, 3)).every((v) => v >= 250)).toBe(true);
  });

  it('frequencies are the shares of pixels whose nearest palette colour it is', () => {
    const { palette } = extractPalette(art, { k: 12 });
    const tally = new Float64Array(12);
    let total = 0;
    for (const img of art)
      for (const l of assignLabels(img, palette).data)
        if (l >= 0) {
          tally[l]++;
          total++;
        }
    for (let c = 0; c < 12; c++) expect(tally[c] / total).toBeCloseTo(palette.frequency[c], 2);
  });

  it('reaches within 3% of the best of 30 random-restart Lloyd runs', () => {
    const small = art.map((img) => resizeAreaAverage(img, 48, 48));
    const d = distinctColors(small);
    const points = rgb24ToLab(d.colors);
    for (const k of [4, 8, 16]) {
      let best = Infinity;
      for (let s = 1; s <= 30; s++) best = Math.min(best, plainLloyd(points, d.counts, k, s));
      const ours = paletteInertia(small, extractPalette(small, { k }).palette);
      expect(ours).toBeLessThanOrEqual(best * 1.03);
    }
  });

  it('keeps quality when many distinct colours are first merged into bins', () => {
    const exact = extractPalette(art, { k: 16 });
    const binned = extractPalette(art, { k: 16, maxPoints: 100 });
    const d = distinctColors(art);
    expect(d.colors.length).toBeGreaterThan(100);
    expect(paletteInertia(d, binned.palette)).toBeLessThanOrEqual(paletteInertia(d, exact.palette) * 1.05);
  });
});

describe('extractPalette: k-means quality against the exact optimum', () => {
  it('finds the optimal 3-clustering of 9 weighted colours (all 3^9 partitions checked)', () => {
    const colors = [0xe0_10_10, 0xc8_30_20, 0xf0_60_40, 0x10_20_e0, 0x30_40_c0, 0x20_c0_30, 0x50_e0_50, 0x80_80_80, 0xa0_a0_90];
    const counts = [5, 3, 2, 7, 1, 4, 4, 2, 6];
    const points = rgb24ToLab(colors);
    let optimum = Infinity;
    const label = new Int32Array(9);
    for (let code = 0; code < 3 ** 9; code++) {
      for (let i = 0, c = code; i < 9; i++, c = Math.floor(c / 3)) label[i] = c % 3;
      let cost = 0;
      for (let g = 0; g < 3; g++) {
        let w = 0;
        const m = [0, 0, 0];
        for (let i = 0; i < 9; i++)
          if (label[i] === g) {
            w += counts[i];
            for (let j = 0; j < 3; j++) m[j] += counts[i] * points[i * 3 + j];
          }
        if (w === 0) {
          cost = Infinity;
          break;
        }
        for (let i = 0; i < 9; i++) if (label[i] === g) for (let j = 0; j < 3; j++) cost += counts[i] * (points[i * 3 + j] - m[j] / w) ** 2;
      }
      optimum = Math.min(optimum, cost);
    }
    const img = imageOf(colors, counts);
    for (const seed of [1, 2, 3]) {
      const { palette } = extractPalette([img], { k: 3, seed });
      expect(paletteInertia([img], palette)).toBeLessThanOrEqual(optimum * 1.02);
    }
  });
});

describe('extractPalette edge cases', () => {
  it('art with fewer distinct colours than K gets exactly those colours and a notice', () => {
    const art = makeShapeArt({ count: 6, size: 32, seed: 3 });
    const { palette, notice } = extractPalette(art, { k: 32 });
    expect(notice).toBe('Your art has 3 distinct colours, so the palette has 3, not 32.');
    const hexes = Array.from({ length: 3 }, (_, i) => Array.from(palette.rgb.subarray(i * 3, i * 3 + 3)));
    expect(hexes[0]).toEqual([...SHAPE_ART_COLORS.background]); // white background is the most frequent
    expect(hexes.slice(1).sort()).toEqual([[...SHAPE_ART_COLORS.circle], [...SHAPE_ART_COLORS.square]].sort());
    const white = rgbToLab(255, 255, 255);
    expect(palette.lab[0]).toBeCloseTo(white[0], 4);
    expect(palette.frequency.reduce((s, f) => s + f, 0)).toBeCloseTo(1, 6);
  });

  it('one colour, exactly K colours, and transparent pixels ignored', () => {
    const one = extractPalette([imageOf([0x123456], [10], 5)], { k: 4 });
    expect(one.notice).toBe('Your art has 1 distinct colour, so the palette has 1, not 4.');
    expect(Array.from(one.palette.frequency)).toEqual([1]);
    const exact = extractPalette([imageOf([1, 2, 3], [3, 2, 1])], { k: 3 });
    expect(exact.notice).toBeUndefined();
    expect(Array.from(exact.palette.rgb)).toEqual([0, 0, 1, 0, 0, 2, 0, 0, 3]);
  });

  it('no opaque pixels, no images or a bad K are clear errors', () => {
    const clear = imageOf([], [], 8);
    expect(() => extractPalette([clear])).toThrow(
      'The image has no opaque pixel (alpha ≥ 128), so there are no colours to learn. Select art with visible colour and try again.',
    );
    expect(() => extractPalette([clear, clear])).toThrow(/^None of the 2 images has an opaque pixel/);
    expect(() => extractPalette([])).toThrow(/no images to take a palette from/);
    expect(() => extractPalette([clear], { k: 0 })).toThrow(/whole number from 1 to 256/);
    expect(() => extractPalette([{ width: 2, height: 2, data: new Uint8Array(3) }])).toThrow(/^Image 1 is 2×2 px/);
  });
});

describe('kMeansLab', () => {
  it('separates well-separated weighted groups and reports their weights', () => {
    const points = new Float32Array([10, 0, 0, 11, 1, 0, 90, 0, 0, 91, 0, 1, 50, 60, 0]);
    const weights = new Float64Array([1, 3, 2, 2, 5]);
    const r = kMeansLab(points, weights, 3, createRandom(1));
    const weightsByCentreL = Array.from({ length: 3 }, (_, c) => [Math.round(r.centres[c * 3]), r.clusterWeights[c]]).sort((a, b) => a[0] - b[0]);
    expect(weightsByCentreL).toEqual([
      [11, 4],
      [50, 5],
      [91, 4],
    ]);
    // {10,0,0}×1 + {11,1,0}×3 → centre (10.75, 0.75, 0): 1·1.125 + 3·0.125 = 1.5;
    // {90,0,0}×2 + {91,0,1}×2 → centre (90.5, 0, 0.5): 2·0.5 + 2·0.5 = 2; the lone point: 0.
    expect(r.inertia).toBeCloseTo(3.5, 4);
  });
});

describe('assignLabels / nearestPaletteIndex', () => {
  const palette: Palette = (() => {
    const rgb = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0, 255]);
    return { rgb, lab: rgb24ToLab([0xffffff, 0xff0000, 0x0000ff]), frequency: new Float32Array([0.5, 0.3, 0.2]) };
  })();

  it('labels each opaque pixel with its nearest palette colour and -1 where alpha < 128', () => {
    const img: Rgba8Image = {
      width: 5,
      height: 1,
      data: new Uint8Array([250, 250, 250, 255, 200, 10, 10, 128, 10, 10, 200, 255, 200, 10, 10, 127, 250, 250, 250, 255]),
    };
    expect(Array.from(assignLabels(img, palette).data)).toEqual([0, 1, 2, -1, 0]);
    const lab = rgbToLab(30, 0, 200);
    expect(nearestPaletteIndex(lab[0], lab[1], lab[2], palette)).toBe(2);
  });

  it('agrees with a per-pixel brute force on a real emoji', async () => {
    const img = await readImageFile(noto(5));
    const { palette: p } = extractPalette([img], { k: 10 });
    const labels = assignLabels(img, p);
    const lab = new Float64Array(3);
    for (let i = 0; i < labels.data.length; i += 7) {
      rgbToLab(img.data[i * 4], img.data[i * 4 + 1], img.data[i * 4 + 2], lab);
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < 10; c++) {
        const d = (lab[0] - p.lab[c * 3]) ** 2 + (lab[1] - p.lab[c * 3 + 1]) ** 2 + (lab[2] - p.lab[c * 3 + 2]) ** 2;
        if (d < bestD) [best, bestD] = [c, d];
      }
      expect(labels.data[i]).toBe(best);
    }
  });
});

describe('paletteInertia', () => {
  it('equals the per-pixel sum of squared Lab distances to the nearest centre', async () => {
    const img = resizeAreaAverage(await readImageFile(noto(9)), 40, 40);
    const centres = rgb24ToLab([0xffffff, 0x000000, 0xffcc00, 0x3366ff]);
    let expected = 0;
    const lab = new Float64Array(3);
    for (let i = 0; i < img.data.length; i += 4) {
      if (img.data[i + 3] < 128) continue;
      rgbToLab(img.data[i], img.data[i + 1], img.data[i + 2], lab);
      let best = Infinity;
      for (let c = 0; c < 4; c++)
        best = Math.min(best, (lab[0] - centres[c * 3]) ** 2 + (lab[1] - centres[c * 3 + 1]) ** 2 + (lab[2] - centres[c * 3 + 2]) ** 2);
      expected += best;
    }
    expect(paletteInertia([img], centres)).toBeCloseTo(expected, -1);
    expect(paletteInertia([img], centres) / expected).toBeCloseTo(1, 5);
    expect(paletteInertia(distinctColors([img]), Array.from(centres))).toBe(paletteInertia([img], centres));
    expect(() => paletteInertia([img], [1, 2])).toThrow(/Lab triples/);
  });
});
