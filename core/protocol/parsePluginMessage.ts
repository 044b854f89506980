import * as v from 'valibot';
import type { PluginMessage } from './messages';
import { ProtocolError } from './ProtocolError';
import { issuesToProblems } from './issuesToProblems';
import { PluginMessageSchema } from './schemas';

/**
 * Validates what the UI iframe received from the sandbox (`event.data.pluginMessage`).
 * Returns a typed message (unknown extra fields dropped) or throws a
 * ProtocolError naming the message type and every wrong field.
 */
export function parsePluginMessage(raw: unknown): PluginMessage {
  const result = v.safeParse(PluginMessageSchema, raw);
  if (!result.success) throw new ProtocolError('plugin', issuesToProblems(result.issues), raw);
  return result.output;
}
