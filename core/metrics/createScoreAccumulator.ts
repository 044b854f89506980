import { rgbToLab } from '../colour/rgbToLab';
import type { Palette } from '../types';
import type { ScoreAccumulator } from './ScoreAccumulator';

/** Empty running totals for scoring predictions made with `palette`. */
export function createScoreAccumulator(palette: Palette): ScoreAccumulator {
  const k = palette.rgb.length / 3;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('createScoreAccumulator: the palette has no colours.');
  // Double precision: K is small, and ΔE of exact matches must come out exactly 0.
  const paletteLab = new Float64Array(k * 3);
  for (let c = 0; c < k; c++) rgbToLab(palette.rgb[c * 3], palette.rgb[c * 3 + 1], palette.rgb[c * 3 + 2], paletteLab, c * 3);
  return {
    palette,
    paletteLab,
    deltaECache: new Map(),
    pixels: [0, 0],
    correct: [0, 0],
    deltaE: [0, 0],
    squaredError: [0, 0],
  };
}
