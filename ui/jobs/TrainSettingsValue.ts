import { DEFAULT_EPOCHS } from '../../core/index';
import type { PresetName } from '../../core/types';

/** How much time the designer gives training; each sets the working size and the epochs. */
export type Effort = 'quick' | 'standard' | 'thorough';

/** What the designer chose for one training run; remembered between sessions (clientStorage). */
export interface TrainSettingsValue {
  /** A named effort, or 'custom' once the raw values under Advanced were changed. */
  readonly effort: Effort | 'custom';
  /** Palette size; NaN or out of range while the designer is still typing (then Train says why). */
  readonly k: number;
  readonly size: number;
  readonly epochs: number;
  readonly preset: PresetName;
  readonly seed: number;
}

/** The raw values behind each effort: a larger working size sees more context, more epochs learn longer. */
export const EFFORTS: Readonly<Record<Effort, { readonly size: number; readonly epochs: number; readonly label: string; readonly hint: string }>> = {
  quick: { size: 32, epochs: 4, label: 'Quick', hint: 'A first look in well under a minute.' },
  standard: { size: 64, epochs: DEFAULT_EPOCHS, label: 'Standard', hint: 'The recommended balance of time and quality.' },
  thorough: { size: 96, epochs: 20, label: 'Thorough', hint: 'More context and longer training, for the style you keep.' },
};

export const DEFAULT_TRAIN_SETTINGS: TrainSettingsValue = { effort: 'standard', k: 32, ...pick('standard'), preset: 'fcn', seed: 1 };

/** The working size and epochs of an effort. */
function pick(effort: Effort): { size: number; epochs: number } {
  return { size: EFFORTS[effort].size, epochs: EFFORTS[effort].epochs };
}
