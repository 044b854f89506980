import * as v from 'valibot';
import type { StoredTrainSettings } from '../core/protocol/messages';
import { TrainSettingsSchema } from '../core/protocol/schemas';
import { getFigma } from './figmaHost';

/** clientStorage key of the Train tab's remembered settings. */
export const TRAIN_SETTINGS_KEY = 'hueprint.trainSettings';

/** The remembered Train settings, or null when there are none or what is stored is not valid settings. */
export async function loadTrainSettingsAsync(): Promise<StoredTrainSettings | null> {
  const stored: unknown = await getFigma().clientStorage.getAsync(TRAIN_SETTINGS_KEY);
  const parsed = v.safeParse(TrainSettingsSchema, stored);
  return parsed.success ? parsed.output : null;
}
