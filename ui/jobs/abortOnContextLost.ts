import { onWebglContextLost } from '../lib/webglContextEvents';

/**
 * A controller that aborts when `signal` does (with its reason) or when the
 * WebGL context is lost (with 'context-lost'): a job waits on one signal for
 * both. Call `release()` when the job ends.
 */
export function abortOnContextLost(signal: AbortSignal): { controller: AbortController; release: () => void } {
  const controller = new AbortController();
  const follow = () => controller.abort(signal.reason);
  if (signal.aborted) follow();
  else signal.addEventListener('abort', follow, { once: true });
  const stopWatching = onWebglContextLost(() => controller.abort('context-lost'));
  return {
    controller,
    release: () => {
      signal.removeEventListener('abort', follow);
      stopWatching();
    },
  };
}
