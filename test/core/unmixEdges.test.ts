import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/io';
import { deltaE2000, rgbToLab } from '../../core/colour';
import { toGrayImage } from '../../core/colour/toGrayImage';
import { FLAT_LEVELS, unmixEdges } from '../../core/colorize/unmixEdges';
import { grayLevels } from '../../core/inputs/grayLevels';
import { assignLabels, extractPalette } from '../../core/palette';
import type { Palette, Rgba8Image } from '../../core/types';

const here = dirname(fileURLToPath(import.meta.url));
const NOTO = ['004', '011', '027'].map((name) => resolve(here, `../../../shared/art/noto/${name}.png`));

/** Whether each pixel is an edge: a 4-neighbour's gray level differs by more than FLAT_LEVELS. */
function edgesOf(levels: Int32Array, width: number): Uint8Array {
  const n = levels.length;
  const edge = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = i % width;
    for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width])
      if (j >= 0 && j < n && Math.abs(levels[j] - levels[i]) > FLAT_LEVELS) edge[i] = 1;
  }
  return edge;
}

/** Mean CIEDE2000 between the true colours and the decided palette colours over the pixels of `where`. */
function meanDeltaE(image: Rgba8Image, palette: Palette, decided: Int32Array, where: Uint8Array): number {
  const lab = new Float64Array(3);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < decided.length; i++) {
    if (!where[i]) continue;
    const d = image.data;
    rgbToLab(d[i * 4], d[i * 4 + 1], d[i * 4 + 2], lab);
    const p = decided[i] * 3;
    sum += deltaE2000(lab[0], lab[1], lab[2], palette.lab[p], palette.lab[p + 1], palette.lab[p + 2]);
    count++;
  }
  return sum / count;
}

describe('unmixEdges (real Noto emoji, antialiased edges)', () => {
  it('gives edge pixels the palette colour of the mix of the fills they separate, and leaves fills and kept pixels alone', async () => {
    for (const path of NOTO) {
      const image = await readImageFile(path);
      const { width, height } = image;
      const { palette } = extractPalette([image], { k: 32, seed: 1 });
      const truth = assignLabels(image, palette).data;
      const gray = toGrayImage(image);
      const levels = grayLevels(gray.data);
      const edge = edgesOf(levels, width);
      // What a colorizer that knows every fill but not the edges does: an edge pixel takes its nearest fill's colour (one side's).
      const decided = Int32Array.from(truth);
      for (let i = 0; i < decided.length; i++) {
        if (!edge[i]) continue;
        const x = i % width;
        const y = (i - x) / width;
        let nearest = Infinity;
        for (let yy = Math.max(0, y - 4); yy <= Math.min(height - 1, y + 4); yy++) {
          for (let xx = Math.max(0, x - 4); xx <= Math.min(width - 1, x + 4); xx++) {
            const j = yy * width + xx;
            const d = (xx - x) ** 2 + (yy - y) ** 2;
            if (!edge[j] && d < nearest) {
              nearest = d;
              decided[i] = truth[j];
            }
          }
        }
      }
      // A hint's region is kept as it is: here every tenth pixel.
      const keep = new Int32Array(decided.length).fill(-1);
      for (let i = 0; i < keep.length; i += 10) keep[i] = i;
      const unmixed = Int32Array.from(decided);
      unmixEdges(unmixed, gray, palette, keep);

      const oneSide = meanDeltaE(image, palette, decided, edge);
      const oracle = meanDeltaE(image, palette, truth, edge);
      const mixed = meanDeltaE(image, palette, unmixed, edge);
      // Most of the way from one side's colour to the true colour snapped to the palette.
      expect((oneSide - mixed) / (oneSide - oracle), path).toBeGreaterThanOrEqual(0.5);
      for (let i = 0; i < decided.length; i++) {
        if (!edge[i] || keep[i] >= 0) expect(unmixed[i]).toBe(decided[i]);
      }
    }
  });

  it('rejects decisions of another size', () => {
    const gray = { width: 2, height: 2, data: new Float32Array(4) };
    const palette = extractPalette([{ width: 1, height: 1, data: new Uint8Array([0, 0, 0, 255]) }], { k: 1 }).palette;
    expect(() => unmixEdges(new Int32Array(3), gray, palette)).toThrow(/3 decisions for 2×2/);
  });
});
