import { isLoadedStyle, loadStyle, type LoadedStyle } from '../colorize/loadStyle';
import { predictPixelsAsync } from '../colorize/predictPixelsAsync';
import { alphaOf } from '../image/alphaOf';
import { fitForModel, prepareExample } from '../dataset/prepareExample';
import { hintSourcesOf } from '../hints/hintSourcesOf';
import { paintBucket } from '../hints/paintBucket';
import { propagateHints } from '../hints/propagateHints';
import { pixelHintsOf } from '../hints/pixelHintsOf';
import { simulateHints } from '../hints/simulateHints';
import { createRandom } from '../random';
import type { StyleFile } from '../style/StyleFile';
import { predictWithLookup } from '../lookup/predictWithLookup';
import type { ColorizerScores, Rgba8Image } from '../types';
import { addToScores } from './addToScores';
import { createScoreAccumulator } from './createScoreAccumulator';
import { finishScores } from './finishScores';

/** Scores at one number of simulated hints per image. */
export interface HintSweepRow {
  readonly hints: number;
  readonly model: ColorizerScores;
  readonly lookup: ColorizerScores;
  /** The lookup, then each hint's colour flood-filled over its same-gray region (see paintBucket). */
  readonly paintBucket: ColorizerScores;
  readonly oracle: ColorizerScores;
  /** Share of the lookup → oracle foreground ΔE2000 gap each closes: (lookup − x) / (lookup − oracle). */
  readonly gapClosed: { readonly model: number; readonly paintBucket: number };
}

/**
 * The hint sweep: at each count of hints per image, the model, the lookup,
 * the paint bucket and the oracle on held-out colour images, all given the
 * very same simulated hints (seeded points sampled from the drawing, small
 * square patches in the truth's colour, as Zhang et al. 2017; see
 * simulateHints). A larger count's hints include a smaller one's. Every
 * colorizer keeps the hint pixels' colour. Scored at the scale the style
 * trained at. A style that does not take hints is scored without them (its
 * model row then shows what hints cannot change). Leaves no tensors behind.
 */
export async function evaluateHintSweep(
  styleOrLoaded: StyleFile | LoadedStyle,
  images: readonly Rgba8Image[],
  counts: readonly number[],
  seed: number,
): Promise<HintSweepRow[]> {
  const style = isLoadedStyle(styleOrLoaded) ? styleOrLoaded.style : styleOrLoaded;
  const prepared = images.map((image) => {
    const fitted = fitForModel(image, style.model, style.training.maxSide, style.training.padToSquare);
    return { fitted, alpha: alphaOf(fitted), ...prepareExample(fitted, style.palette) };
  });
  const takesHints = style.model.preset === 'fcn' && !!style.model.hints;
  const loaded = isLoadedStyle(styleOrLoaded) ? styleOrLoaded : loadStyle(styleOrLoaded);
  const rows: HintSweepRow[] = [];
  try {
    for (const count of counts) {
      const model = createScoreAccumulator(style.palette);
      const lookup = createScoreAccumulator(style.palette);
      const bucket = createScoreAccumulator(style.palette);
      const oracle = createScoreAccumulator(style.palette);
      for (let n = 0; n < prepared.length; n++) {
        const { fitted, gray, labels, alpha } = prepared[n];
        const { width, height } = gray;
        // Seeded per image, not per count, so more hints add to fewer.
        const index = simulateHints(labels.data, gray.data, width, height, createRandom(seed * 7919 + n), { count });
        const sources = hintSourcesOf(gray.data, width, height, index, style.model);
        // With hints the decisions already honour each hint's paint bucket region (see predictPixelsAsync).
        const predicted = (await predictPixelsAsync(loaded, gray, takesHints ? { hints: pixelHintsOf(index), hintSources: sources, alpha } : { alpha }))
          .indices;
        if (!takesHints) for (let i = 0; i < index.length; i++) if (index[i] >= 0) predicted[i] = index[i];
        addToScores(model, fitted, labels, predicted);
        addToScores(lookup, fitted, labels, predictWithLookup(style.lookup, gray.data));
        // The designer's bucket floods from every hint pixel, blends too (the model's floods do not, see hintSourcesOf).
        addToScores(bucket, fitted, labels, paintBucket(style.lookup, gray.data, propagateHints(gray.data, width, height, index, false, false)));
        addToScores(oracle, fitted, labels, labels.data);
      }
      const scores = { model: finishScores(model), lookup: finishScores(lookup), paintBucket: finishScores(bucket), oracle: finishScores(oracle) };
      const gap = scores.lookup.deltaE00Foreground - scores.oracle.deltaE00Foreground;
      const closed = (s: ColorizerScores): number => (scores.lookup.deltaE00Foreground - s.deltaE00Foreground) / gap;
      rows.push({ hints: count, ...scores, gapClosed: { model: closed(scores.model), paintBucket: closed(scores.paintBucket) } });
    }
  } finally {
    if (loaded !== styleOrLoaded) loaded.dispose();
  }
  return rows;
}
