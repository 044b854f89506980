import * as v from 'valibot';
import type { UiMessage } from './messages';
import { ProtocolError } from './ProtocolError';
import { issuesToProblems } from './issuesToProblems';
import { UiMessageSchema } from './schemas';

/**
 * Validates what the sandbox received from the UI iframe. Returns a typed
 * message (unknown extra fields dropped) or throws a ProtocolError naming the
 * message type and every wrong field.
 */
export function parseUiMessage(raw: unknown): UiMessage {
  const result = v.safeParse(UiMessageSchema, raw);
  if (!result.success) throw new ProtocolError('UI', issuesToProblems(result.issues), raw);
  return result.output;
}
