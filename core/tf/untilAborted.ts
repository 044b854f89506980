import type { AbortSignalLike } from '../types';

/**
 * `promise`, or a rejection as soon as `signal` aborts, whichever is first.
 * On a lost WebGL context tfjs keeps polling for a GPU read that will never
 * finish, so an await on tensor data would hang for good; racing it against
 * the host's abort lets training stop at once with its last good weights.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignalLike | undefined): Promise<T> {
  if (!signal?.addEventListener) return promise;
  if (signal.aborted) {
    // The work has already started and will fail once its tensors are disposed: its failure no longer matters,
    // but left unhandled it would surface as an uncaught error ("Tensor is disposed." after a Cancel).
    promise.catch(() => undefined);
    return Promise.reject(new Error('aborted'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener!('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener?.('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener?.('abort', onAbort);
        reject(error);
      },
    );
  });
}
