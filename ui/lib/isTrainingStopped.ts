import type { StyleFile } from '../../core/index';

export interface TrainingStopped {
  readonly reason: 'cancelled' | 'context-lost' | 'diverged' | 'failed';
  readonly lastGoodStyle?: StyleFile;
  readonly message: string;
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
