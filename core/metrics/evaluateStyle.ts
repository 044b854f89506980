import { predictIndices } from '../colorize/predictIndices';
import { priorOf, weightTensors } from '../colorize/weightTensors';
import { fitForModel, prepareExample } from '../dataset/prepareExample';
import type { StyleFile } from '../style/StyleFile';
import { predictWithLookup } from '../train/buildLookup';
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
export async function evaluateStyle(style: StyleFile, images: readonly Rgba8Image[]): Promise<StyleEvaluation> {
  const model = createScoreAccumulator(style.palette);
  const lookup = createScoreAccumulator(style.palette);
  const oracle = createScoreAccumulator(style.palette);
  const weights = weightTensors(style);
  try {
    for (const image of images) {
      const fitted = fitForModel(image, style.model, style.training.maxSide, style.training.padToSquare);
      const { gray, labels } = prepareExample(fitted, style.palette);
      addToScores(model, fitted, labels, await predictIndices(style.model, weights, style.palette, gray, priorOf(style)));
      addToScores(lookup, fitted, labels, predictWithLookup(style.lookup, gray.data));
      addToScores(oracle, fitted, labels, labels.data);
    }
  } finally {
    for (const t of weights.values()) t.dispose();
  }
  return { model: finishScores(model), lookup: finishScores(lookup), oracle: finishScores(oracle) };
}
