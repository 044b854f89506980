import * as v from 'valibot';
import type { RememberedSettings } from '../core/protocol/messages';
import { SETTINGS_SCHEMAS } from '../core/protocol/schemas';
import { getFigma } from './figmaHost';

type SettingsName = keyof typeof SETTINGS_SCHEMAS;
const NAMES = Object.keys(SETTINGS_SCHEMAS) as SettingsName[];

/** clientStorage key of one tab's remembered choices ('hueprint.trainSettings', as before there were others). */
export const settingsKey = (name: SettingsName) => `hueprint.${name}Settings`;

/** Each tab's remembered choices; a tab's is null when there are none or what is stored does not parse (an older version, damage). */
export async function loadSettingsAsync(): Promise<RememberedSettings> {
  const loaded: Record<string, unknown> = {};
  for (const name of NAMES) {
    const parsed = v.safeParse(SETTINGS_SCHEMAS[name], await getFigma().clientStorage.getAsync(settingsKey(name)));
    loaded[name] = parsed.success ? parsed.output : null;
  }
  return loaded as RememberedSettings;
}

/** Stores the sets of choices `settings` carries (validated with the message), each under its own key. */
export async function saveSettingsAsync(settings: Partial<RememberedSettings>): Promise<void> {
  for (const name of NAMES) if (settings[name]) await getFigma().clientStorage.setAsync(settingsKey(name), settings[name]);
}
