/**
 * Why a job's AbortSignal fired: the one cancellation vocabulary of the UI.
 * Core's trainStyle reads 'context-lost' from `signal.reason` too.
 */
export type AbortReason = 'cancelled' | 'context-lost';

/** The reason an aborted signal carries, as one of ours ('cancelled' for anything else). */
export function abortReasonOf(signal: AbortSignal): AbortReason {
  return signal.reason === 'context-lost' ? 'context-lost' : 'cancelled';
}
