/**
 * Thrown by `parseUiMessage` / `parsePluginMessage` when a message does not
 * match the protocol. The message names the message type (when there is one)
 * and every field that is wrong, so a log line is enough to find the bug.
 */
export class ProtocolError extends Error {
  /** One line per problem: `field.path: what is wrong`. */
  readonly problems: readonly string[];
  /** The `type` of the malformed message, when it had a readable one. */
  readonly messageType: string | undefined;
  /** The `requestId` of the malformed message, when it had a readable one, so the answer can echo it. */
  readonly requestId: string | undefined;

  constructor(source: string, problems: readonly string[], raw: unknown) {
    const messageType = readShortString(raw, 'type');
    super(`Malformed message from the ${source}${messageType === undefined ? '' : ` (${messageType})`}: ${problems.join('; ')}`);
    this.name = 'ProtocolError';
    this.problems = problems;
    this.messageType = messageType;
    this.requestId = readShortString(raw, 'requestId');
  }
}

function readShortString(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
}
