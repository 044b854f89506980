let nextBatchId = 1;

/** A fresh id for a colorize batch (see colorizeInWorkerAsync's batchId). */
export function newBatchId(): number {
  return nextBatchId++;
}
