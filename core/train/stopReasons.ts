import type { AbortSignalLike } from '../types';
import type { StopReason } from './TrainingStoppedError';

/** Why training stopped and what to tell the designer, for a TrainingStoppedError. */
export interface StopCause {
  readonly reason: StopReason;
  readonly message: string;
}

/** Cancelled, or the GPU context was lost (the host aborts with the reason 'context-lost'). */
export function abortedCause(signal: AbortSignalLike): StopCause {
  if (signal.reason === 'context-lost') {
    return { reason: 'context-lost', message: 'The GPU context was lost (WebGL), so training stopped. The weights of the last finished epoch are kept.' };
  }
  return { reason: 'cancelled', message: 'Training was cancelled. The weights of the last finished epoch are kept.' };
}

export function failedCause(error: unknown): StopCause {
  const why = error instanceof Error ? error.message : String(error);
  return {
    reason: 'failed',
    message: `Training failed: ${why}. The weights of the last finished epoch are kept. Try fewer or smaller images, a smaller working size, or train again.`,
  };
}

export const DIVERGED: StopCause = {
  reason: 'diverged',
  message: 'Training diverged (the loss is no longer a number). The last good weights are kept; try fewer epochs or another seed.',
};
