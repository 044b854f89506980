import type { StyleFile } from '../style/StyleFile';

export type StopReason = 'cancelled' | 'context-lost' | 'diverged' | 'failed';

/**
 * Training ended before its last epoch. `lastGoodStyle` holds the weights as
 * they were after the last finished epoch (none if no epoch finished), so a
 * lost WebGL context or a cancel never throws away work that was good, and
 * never keeps weights computed over garbage.
 */
export class TrainingStoppedError extends Error {
  readonly reason: StopReason;
  readonly lastGoodStyle?: StyleFile;

  constructor(reason: StopReason, message: string, lastGoodStyle?: StyleFile, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TrainingStoppedError';
    this.reason = reason;
    this.lastGoodStyle = lastGoodStyle;
  }
}
