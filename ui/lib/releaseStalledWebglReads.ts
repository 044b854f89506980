import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

interface PollItem {
  isDoneFn: () => boolean;
}

/**
 * After the WebGL context is lost, lets pending and future tfjs reads settle
 * instead of hanging. tfjs-backend-webgl 4.22 waits for a read by polling a
 * GPU fence (`clientWaitSync`), which on a lost context never signals: every
 * `await tensor.data()` would hang forever while a setTimeout(0) loop burns a
 * core, and a training loop awaiting its loss could never see its abort
 * signal. Fences now pass at once, so reads resolve (with meaningless values
 * that callers must discard: the caller aborts before calling this) and the
 * job stops at its next abort check. Reaches one private field of tfjs; if a
 * future tfjs renames it, this does nothing and the caller's own timeout
 * still ends the wait.
 */
export function releaseStalledWebglReads(): void {
  tf.env().set('WEBGL_FENCE_API_ENABLED', false);
  tf.env().set('WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION', 0);
  if (tf.getBackend() !== 'webgl') return;
  const gpgpu = (tf.backend() as MathBackendWebGL).gpgpu as unknown as { itemsToPoll?: PollItem[] };
  if (!Array.isArray(gpgpu.itemsToPoll)) return;
  for (const item of gpgpu.itemsToPoll) item.isDoneFn = () => true;
}
