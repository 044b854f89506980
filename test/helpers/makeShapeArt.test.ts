import { describe, expect, it } from 'vitest';
import { grayOf, toGrayImage } from '../../core/colour';
import { makeShapeArt, SHAPE_ART_COLORS } from './makeShapeArt';

const key = (d: Uint8Array | Uint8ClampedArray, s: number): number => (d[s] << 16) | (d[s + 1] << 8) | d[s + 2];
const hex = (c: readonly number[]): number => (c[0] << 16) | (c[1] << 8) | c[2];

describe('makeShapeArt', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = makeShapeArt({ count: 5, size: 32, seed: 4 });
    const b = makeShapeArt({ count: 5, size: 32, seed: 4 });
    const c = makeShapeArt({ count: 5, size: 32, seed: 5 });
    expect(a.map((i) => Array.from(i.data))).toEqual(b.map((i) => Array.from(i.data)));
    expect(a.map((i) => Array.from(i.data))).not.toEqual(c.map((i) => Array.from(i.data)));
    expect(a[0].width).toBe(32);
    expect(a[0].data).toHaveLength(32 * 32 * 4);
  });

  it('circle red and square blue share one gray value, and both appear', () => {
    expect(grayOf(...SHAPE_ART_COLORS.circle)).toBeCloseTo(SHAPE_ART_COLORS.sharedGray, 10);
    expect(grayOf(...SHAPE_ART_COLORS.square)).toBeCloseTo(SHAPE_ART_COLORS.sharedGray, 10);
    const art = makeShapeArt({ count: 20, size: 48, seed: 1 });
    const seen = new Map<number, number>();
    for (const img of art) for (let s = 0; s < img.data.length; s += 4) seen.set(key(img.data, s), (seen.get(key(img.data, s)) ?? 0) + 1);
    expect(new Set(seen.keys())).toEqual(new Set([hex(SHAPE_ART_COLORS.background), hex(SHAPE_ART_COLORS.circle), hex(SHAPE_ART_COLORS.square)]));
    const red = seen.get(hex(SHAPE_ART_COLORS.circle)) ?? 0;
    const blue = seen.get(hex(SHAPE_ART_COLORS.square)) ?? 0;
    expect(Math.min(red, blue) / Math.max(red, blue)).toBeGreaterThan(0.4); // both classes well represented
  });

  it('a gray → colour lookup table is stuck near chance on the shapes', () => {
    const art = makeShapeArt({ count: 30, size: 32, seed: 2 });
    const votes = new Map<number, Map<number, number>>();
    const grays = art.map((img) => toGrayImage(img));
    art.forEach((img, n) => {
      for (let i = 0; i < img.width * img.height; i++) {
        const g = Math.round(grays[n].data[i] * 255);
        const m = votes.get(g) ?? new Map<number, number>();
        m.set(key(img.data, i * 4), (m.get(key(img.data, i * 4)) ?? 0) + 1);
        votes.set(g, m);
      }
    });
    let right = 0;
    let shapePixels = 0;
    art.forEach((img, n) => {
      for (let i = 0; i < img.width * img.height; i++) {
        const truth = key(img.data, i * 4);
        if (truth === hex(SHAPE_ART_COLORS.background)) continue;
        const m = votes.get(Math.round(grays[n].data[i] * 255))!;
        const guess = [...m.entries()].sort((x, y) => y[1] - x[1])[0][0];
        shapePixels++;
        if (guess === truth) right++;
      }
    });
    expect(shapePixels).toBeGreaterThan(1000);
    expect(right / shapePixels).toBeLessThan(0.7);
  });

  it('gray and transparent variants', () => {
    const gray = makeShapeArt({ count: 3, size: 24, seed: 9, gray: true });
    const colour = makeShapeArt({ count: 3, size: 24, seed: 9 });
    for (let n = 0; n < 3; n++) {
      const d = gray[n].data;
      for (let s = 0; s < d.length; s += 4) {
        expect(d[s]).toBe(d[s + 1]);
        expect(d[s]).toBe(d[s + 2]);
        expect(d[s]).toBe(Math.round(grayOf(colour[n].data[s], colour[n].data[s + 1], colour[n].data[s + 2])));
      }
    }
    const clear = makeShapeArt({ count: 2, size: 24, seed: 9, background: 'transparent' });
    const mask = Array.from(
      clear[0].data.filter((_, i) => i % 4 === 3),
      (a): number => (a >= 128 ? 1 : 0),
    );
    const opaque = mask.reduce((s, v) => s + v, 0);
    expect(opaque).toBeGreaterThan(0);
    expect(opaque).toBeLessThan(24 * 24);
    expect(() => makeShapeArt({ count: 1, size: 4 })).toThrow(/size 4/);
  });
});
