import type { PluginMessage, SkippedItem } from '../../core/protocol/messages';
import { newRequestId } from './newRequestId';
import { onPluginMessage, postToPlugin } from './pluginBridge';
import { PluginRequestError } from './requestAsync';

export type ImageMessage = Extract<PluginMessage, { type: 'IMAGE' }>;

export interface ReadSelectionResult {
  readonly count: number;
  readonly skipped: readonly SkippedItem[];
}

/**
 * Asks the plugin for the selection's pixels (READ_SELECTION) and hands each
 * IMAGE to `onImage` one at a time, in order, so only one decoded image is in
 * flight. Resolves after IMAGES_DONE and the last `onImage`. When `signal`
 * aborts, the remaining images are ignored and the promise rejects.
 */
export function readSelectionAsync(
  maxSide: number,
  onImage: (message: ImageMessage) => Promise<void> | void,
  signal?: AbortSignal,
  /** Colorize: frames with colour marks come as their gray art plus the marks apart (IMAGE `marks`). */
  hints = false,
): Promise<ReadSelectionResult> {
  const requestId = newRequestId('read');
  return new Promise((resolve, reject) => {
    let chain: Promise<void> = Promise.resolve();
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => fail(signal?.reason ?? new DOMException('Cancelled', 'AbortError'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const stop = onPluginMessage((message) => {
      if (failed || !('requestId' in message) || message.requestId !== requestId) return;
      if (message.type === 'IMAGE') {
        chain = chain.then(() => (failed ? undefined : onImage(message))).catch((error) => fail(error));
      } else if (message.type === 'IMAGES_DONE') {
        stop();
        const result = { count: message.count, skipped: message.skipped };
        chain.then(() => {
          if (failed) return;
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        });
      } else if (message.type === 'ERROR') {
        fail(new PluginRequestError(message.message));
      }
    });
    if (signal?.aborted) return onAbort();
    postToPlugin({ type: 'READ_SELECTION', requestId, maxSide, ...(hints ? { hints } : {}) });
  });
}
