import { computeWorker } from './ComputeWorker';

/** Frees the weights the worker kept for a colorize batch (see colorizeInWorkerAsync's batchId), once its last job of the batch has ended. */
export function releaseBatch(batchId: number): void {
  computeWorker().post({ type: 'RELEASE_BATCH', batchId });
}
