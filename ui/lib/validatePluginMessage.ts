import type { PluginMessage } from '../../core/protocol/messages';
import { parsePluginMessage } from '../../core/protocol/parsePluginMessage';
import { errorMessage } from '../../core/errorMessage';

export type ValidationResult = { readonly ok: true; readonly message: PluginMessage } | { readonly ok: false; readonly problem: string };

/** Checks a received value against the protocol before the UI acts on it; never throws. */
export function validatePluginMessage(value: unknown): ValidationResult {
  try {
    return { ok: true, message: parsePluginMessage(value) };
  } catch (error) {
    return { ok: false, problem: errorMessage(error) };
  }
}
