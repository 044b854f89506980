import type { Palette } from '../types';

/**
 * Running totals for scoring one colorizer over many images (see
 * createScoreAccumulator, addToScores, finishScores). Mutable by design:
 * images are scored one at a time so none has to stay in memory.
 */
export interface ScoreAccumulator {
  readonly palette: Palette;
  /** Lab of each palette colour as displayed (its sRGB bytes), K × 3. */
  readonly paletteLab: Float64Array;
  /** ΔE2000 per (true colour, palette index): key = rgb24 · K + index. */
  readonly deltaECache: Map<number, number>;
  /** [all, foreground]: scored pixels, correct labels, ΣΔE2000, Σ squared 8-bit channel error. */
  pixels: [number, number];
  correct: [number, number];
  deltaE: [number, number];
  squaredError: [number, number];
}
