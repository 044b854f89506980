import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import { onPluginMessage, postToPlugin } from './pluginBridge';

type Reply<T extends PluginMessage['type']> = Extract<PluginMessage, { type: T }>;
type Request = Extract<UiMessage, { requestId: string }>;

/** The plugin answered a request with ERROR; `message` is for the designer. */
export class PluginRequestError extends Error {
  override name = 'PluginRequestError';
}

/**
 * Sends one request and resolves with its first reply of an expected type
 * (rejects with the plugin's ERROR message). Replies are matched by requestId.
 */
export function requestAsync<T extends PluginMessage['type']>(request: Request, expected: readonly T[]): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const stop = onPluginMessage((message) => {
      if (!('requestId' in message) || message.requestId !== request.requestId) return;
      if (message.type === 'ERROR') {
        stop();
        reject(new PluginRequestError(message.message));
      } else if ((expected as readonly string[]).includes(message.type)) {
        stop();
        resolve(message as Reply<T>);
      }
    });
    postToPlugin(request);
  });
}
