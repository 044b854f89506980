import { isLoadedStyle, loadStyle, type LoadedStyle } from '../colorize/loadStyle';
import { predictPixelsAsync } from '../colorize/predictPixelsAsync';
import { alphaOf } from '../image/alphaOf';
import { fitForModel, prepareExample } from '../dataset/prepareExample';
import type { StyleFile } from '../style/StyleFile';
import { predictWithLookup } from '../lookup/predictWithLookup';
import type { ColorizerScores, Rgba8Image } from '../types';
import { addToScores } from './addToScores';
import { createScoreAccumulator } from './createScoreAccumulator';
import { finishScores } from './finishScores';

export interface StyleEvaluation {
  /** The trained network. */
  readonly model: ColorizerScores;
  /** Gray level → most frequent palette colour in the training art: the best context-free colorizer. */
  readonly lookup: ColorizerScores;
  /** The true colour snapped to the palette: the ceiling of any palette classifier. */
  readonly oracle: ColorizerScores;
}

/**
 * Score a style on colour images it did not train on, for three colorizers
 * side by side, at the scale the style trained at. Leaves no tensors behind.
 */
export async function evaluateStyle(styleOrLoaded: StyleFile | LoadedStyle, images: readonly Rgba8Image[]): Promise<StyleEvaluation> {
  const model = createScoreAccumulator(styleOrLoaded.palette);
  const lookup = createScoreAccumulator(styleOrLoaded.palette);
  const oracle = createScoreAccumulator(styleOrLoaded.palette);
  const loaded = isLoadedStyle(styleOrLoaded) ? styleOrLoaded : loadStyle(styleOrLoaded);
  const { style } = loaded;
  try {
    for (const image of images) {
      const fitted = fitForModel(image, style.model, style.training.maxSide, style.training.padToSquare);
      const { gray, labels } = prepareExample(fitted, style.palette);
      addToScores(model, fitted, labels, (await predictPixelsAsync(loaded, gray, { alpha: alphaOf(fitted) })).indices);
      addToScores(lookup, fitted, labels, predictWithLookup(style.lookup, gray.data));
      addToScores(oracle, fitted, labels, labels.data);
    }
  } finally {
    if (loaded !== styleOrLoaded) loaded.dispose();
  }
  return { model: finishScores(model), lookup: finishScores(lookup), oracle: finishScores(oracle) };
}
