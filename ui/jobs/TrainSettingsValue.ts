import type { PresetName } from '../../core/types';

/** What the designer chose for one training run. */
export interface TrainSettingsValue {
  k: number;
  size: number;
  epochs: number | undefined;
  preset: PresetName;
  seed: number | undefined;
}

export const DEFAULT_TRAIN_SETTINGS: TrainSettingsValue = { k: 32, size: 64, epochs: undefined, preset: 'fcn', seed: undefined };
