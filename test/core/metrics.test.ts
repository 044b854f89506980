import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/io';
import { deltaE2000, rgbToLab } from '../../core/colour';
import { addToScores, createScoreAccumulator, finishScores } from '../../core/metrics';
import { assignLabels, extractPalette } from '../../core/palette';
import type { LabelMap, Palette, Rgba8Image } from '../../core/types';

const here = dirname(fileURLToPath(import.meta.url));

function paletteOf(colors: number[][]): Palette {
  const lab = new Float32Array(colors.length * 3);
  colors.forEach(([r, g, b], i) => {
    lab.set(Array.from(rgbToLab(r, g, b)), i * 3);
  });
  return { rgb: Uint8Array.from(colors.flat()), lab, frequency: new Float32Array(colors.length).fill(1 / colors.length) };
}

function de(a: number[], b: number[]): number {
  const x = rgbToLab(a[0], a[1], a[2]);
  const y = rgbToLab(b[0], b[1], b[2]);
  return deltaE2000(x[0], x[1], x[2], y[0], y[1], y[2]);
}

const WHITE = [255, 255, 255];
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];

describe('scores on hand-computable cases', () => {
  const palette = paletteOf([WHITE, RED, BLUE]);
  // Pixels: white bg, red, blue, transparent (ignored), near-white (252,251,250: background, not foreground).
  const truth: Rgba8Image = {
    width: 5,
    height: 1,
    data: Uint8Array.from([...WHITE, 255, ...RED, 255, ...BLUE, 200, 9, 9, 9, 0, 252, 251, 250, 255]),
  };
  const labels: LabelMap = { width: 5, height: 1, data: Int32Array.from([0, 1, 2, -1, 0]) };

  it('a perfect prediction: accuracy 1, infinite PSNR on pure colours', () => {
    const acc = createScoreAccumulator(palette);
    addToScores(acc, truth, labels, Int32Array.from([0, 1, 2, -1, 0]));
    const s = finishScores(acc);
    expect(s.accuracy).toBe(1);
    expect(s.accuracyForeground).toBe(1);
    expect(s.deltaE00Foreground).toBe(0);
    // Only the near-white pixel differs from its palette colour: (3² + 4² + 5²) over 4 pixels × 3 channels.
    expect(s.deltaE00).toBeCloseTo(de([252, 251, 250], WHITE) / 4, 10);
    expect(s.psnr).toBeCloseTo(10 * Math.log10((255 * 255) / (50 / 12)), 10);
    expect(s.psnrForeground).toBe(Infinity);
  });

  it('one foreground pixel wrong: red predicted as white', () => {
    const acc = createScoreAccumulator(palette);
    addToScores(acc, truth, labels, Int32Array.from([0, 0, 2, 7, 0]));
    const s = finishScores(acc);
    expect(s.accuracy).toBe(3 / 4);
    expect(s.accuracyForeground).toBe(1 / 2); // foreground = red and blue
    expect(s.deltaE00Foreground).toBeCloseTo(de(RED, WHITE) / 2, 10);
    expect(s.deltaE00).toBeCloseTo((de(RED, WHITE) + de([252, 251, 250], WHITE)) / 4, 10);
    // Foreground MSE: red→white errs by 255 in G and B: 2·255² over 2 pixels × 3 channels, so PSNR = 10·log10(3).
    expect(s.psnrForeground).toBeCloseTo(10 * Math.log10(3), 10);
    expect(s.psnr).toBeCloseTo(10 * Math.log10((255 * 255 * 12) / (2 * 255 * 255 + 50)), 10);
  });

  it('pools several images and caches ΔE per (colour, index) pair', () => {
    const acc = createScoreAccumulator(palette);
    addToScores(acc, truth, labels, Int32Array.from([0, 0, 2, 0, 0]));
    addToScores(acc, truth, labels, Int32Array.from([0, 1, 1, 0, 0]));
    const s = finishScores(acc);
    expect(s.accuracy).toBe(6 / 8);
    expect(s.accuracyForeground).toBe(2 / 4);
    expect(s.deltaE00Foreground).toBeCloseTo((de(RED, WHITE) + de(BLUE, RED)) / 4, 10);
    expect(acc.deltaECache.size).toBe(6); // white·0, red·0, blue·2, near-white·0, then red·1, blue·1
  });

  it('no scored pixels gives NaN; bad input is a clear error', () => {
    expect(Number.isNaN(finishScores(createScoreAccumulator(palette)).accuracy)).toBe(true);
    const acc = createScoreAccumulator(palette);
    expect(() => addToScores(acc, truth, labels, Int32Array.from([0, 1, 3, 0, 0]))).toThrow(
      'addToScores: pixel 2 is opaque but its prediction 3 is not a palette index (0–2).',
    );
    expect(() => addToScores(acc, truth, { width: 4, height: 1, data: new Int32Array(4) }, new Int32Array(5))).toThrow(/labels are 4×1 but the image is 5×1/);
    expect(() => addToScores(acc, truth, labels, new Int32Array(4))).toThrow(/4 predictions for 5 pixels/);
  });
});

describe('scores on a real emoji', () => {
  it('true labels as prediction: accuracy 1, ΔE and PSNR match a direct per-pixel computation', async () => {
    const img = await readImageFile(resolve(here, '../../../shared/art/noto/004.png'));
    const { palette } = extractPalette([img], { k: 8 });
    const labels = assignLabels(img, palette);
    const acc = createScoreAccumulator(palette);
    addToScores(acc, img, labels, labels.data);
    const s = finishScores(acc);
    expect(s.accuracy).toBe(1);
    expect(s.accuracyForeground).toBe(1);

    let sumDe = 0;
    let sumSq = 0;
    const n = img.width * img.height;
    for (let i = 0; i < n; i++) {
      const p = labels.data[i];
      const t = Array.from(img.data.subarray(i * 4, i * 4 + 3));
      const q = Array.from(palette.rgb.subarray(p * 3, p * 3 + 3));
      sumDe += de(t, q);
      sumSq += (t[0] - q[0]) ** 2 + (t[1] - q[1]) ** 2 + (t[2] - q[2]) ** 2;
    }
    expect(s.deltaE00).toBeCloseTo(sumDe / n, 8);
    expect(s.psnr).toBeCloseTo(10 * Math.log10((255 * 255 * 3 * n) / sumSq), 8);
    expect(s.deltaE00).toBeGreaterThan(0); // 8 colours cannot reproduce anti-aliased edges exactly
    expect(s.psnr).toBeGreaterThan(20);

    // Predicting the most frequent colour everywhere is much worse.
    const flat = new Int32Array(n);
    const worse = createScoreAccumulator(palette);
    addToScores(worse, img, labels, flat);
    const w = finishScores(worse);
    expect(w.accuracyForeground).toBeLessThan(0.5);
    expect(w.deltaE00Foreground).toBeGreaterThan(s.deltaE00Foreground + 10);
    expect(w.psnr).toBeLessThan(s.psnr);
  });
});
