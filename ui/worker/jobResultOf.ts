import type { WorkerJobEnd } from './workerMessages';

/** A finished worker job's result, unchecked (its caller checks the shape it asked for); throws the job's failure in its own words. */
export function jobResultOf(end: WorkerJobEnd): unknown {
  if (end.type === 'FAILED' || end.type === 'STOPPED') throw new Error(end.message);
  return end.result;
}
