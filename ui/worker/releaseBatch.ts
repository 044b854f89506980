import { computeWorker } from './ComputeWorker';

/** Frees the weights the worker kept for a colorize batch (see colorizeInWorkerAsync's batchId). */
export function releaseBatch(batchId: number): void {
  computeWorker().post({ type: 'RELEASE_BATCH', batchId });
}
