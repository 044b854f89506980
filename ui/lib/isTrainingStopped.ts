import type { StopReason, StyleFile } from '../../core/index';

export interface TrainingStopped {
  readonly reason: StopReason;
  readonly lastGoodStyle?: StyleFile;
  readonly message: string;
  /** For 'failed': what went wrong underneath. */
  readonly cause?: unknown;
}

/** Recognises core's TrainingStoppedError by shape, so the UI never depends on class identity across bundles. */
export function isTrainingStopped(error: unknown): error is TrainingStopped {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'TrainingStoppedError' &&
    typeof (error as { reason?: unknown }).reason === 'string'
  );
}
