import { extractPalette } from '../palette/extractPalette';
import type { Palette } from '../types';
import type { TrainSettings } from './resolveTrainSettings';
import type { TrainingArt } from './splitTrainingArt';

/**
 * The palette comes from every image the designer selected, held-out ones
 * included (their colours belong to the style: one chestnut held out must
 * still bring its browns), or from the training images only when the held-out
 * art must stay unseen (settings.keepHeldOutUnseen, for an honest `eval`).
 * Explicit test images never shape it.
 */
export function extractTrainingPalette(art: TrainingArt, settings: TrainSettings): { palette: Palette; notice?: string } {
  return extractPalette(settings.keepHeldOutUnseen ? art.trainImages : art.fitted, { k: settings.k, seed: settings.seed });
}
