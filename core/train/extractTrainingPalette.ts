import { extractPalette } from '../palette/extractPalette';
import type { Palette } from '../types';
import type { TrainSettings } from './resolveTrainSettings';
import type { TrainingArt } from './splitTrainingArt';

/** The palette comes from the training images only: held-out art must not shape it. */
export function extractTrainingPalette(art: TrainingArt, settings: TrainSettings): { palette: Palette; notice?: string } {
  return extractPalette(art.trainImages, { k: settings.k, seed: settings.seed });
}
