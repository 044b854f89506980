import * as tf from '@tensorflow/tfjs-core';
import { colorizeImage, loadStyle, type LoadedStyle, trainStyle } from '../../core/index';
import { errorMessage } from '../../core/errorMessage';
import type { BackendReport, WorkerReply, WorkerRequest } from './workerMessages';
import { colorizeShapes } from '../../core/vector/colorizeShapes';
import { chooseBackendAsync, fallBackAsync, type RunningBackend } from '../lib/chooseBackendAsync';
import { isTrainingStopped } from '../lib/isTrainingStopped';
import { releaseStalledWebglReads } from '../lib/releaseStalledWebglReads';

/** The worker's global scope, as far as this file uses it (ui/ compiles with DOM types, not WebWorker's). */
interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/**
 * A colorize batch in the worker: its style's weights, uploaded at its first
 * job and kept for the next, freed once the panel has released the batch
 * and no job of it is running or waiting.
 */
interface Batch {
  loaded?: LoadedStyle;
  /** Jobs of the batch received and not yet ended. */
  jobs: number;
  /** The panel sent RELEASE_BATCH. */
  released: boolean;
  /** Uploads to a backend given up on (a lost WebGL context), freed once the jobs that may still read them end. */
  readonly stale: LoadedStyle[];
}

function freeStale(batch: Batch): void {
  for (const loaded of batch.stale.splice(0)) loaded.dispose();
}

/**
 * The compute worker's main: owns TensorFlow.js (its backend, every tensor)
 * and runs the jobs the panel asks for (see core/protocol/workerMessages),
 * so training and colorizing never block the panel's thread. One job runs
 * at a time in practice; each has its own AbortController, aborted by CANCEL
 * or by a lost WebGL context.
 */
export function runComputeWorker(): void {
  const scope = globalThis as unknown as WorkerScope;
  const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
  const jobs = new Map<number, AbortController>();
  const batches = new Map<number, Batch>();
  let backend: RunningBackend | undefined;
  let starting: Promise<RunningBackend> | undefined;
  let lost = false;

  const report = (b: RunningBackend): BackendReport => ({
    name: b.name,
    software: b.software,
    fallback: b.fallback,
    fallbackReason: b.fallbackReason,
    maxTextureSide: b.maxTextureSide,
  });

  const watch = (b: RunningBackend) => {
    b.canvas?.addEventListener('webglcontextlost', () => {
      lost = true;
      for (const controller of jobs.values()) controller.abort('context-lost');
      releaseStalledWebglReads();
      post({ type: 'CONTEXT_LOST' });
    });
  };

  /** The switch to WebAssembly after a lost WebGL context, while it is under way. */
  let fallingBack: Promise<RunningBackend> | undefined;

  /**
   * The backend, started once; after a lost WebGL context, WebAssembly (or cpu) for every later job. Every job
   * that asks while the switch is under way waits for it: none may run on the lost context.
   */
  const backendAsync = async (): Promise<RunningBackend> => {
    if (!starting) throw new Error('The compute worker was not started.');
    backend ??= await starting;
    if (lost && backend.name === 'webgl' && !fallingBack) {
      // The lost context's uploads are of no more use, but aborted jobs may still be reading with them: freed when those end.
      for (const batch of batches.values()) {
        if (batch.loaded) batch.stale.push(batch.loaded);
        batch.loaded = undefined;
        if (batch.jobs === 0) freeStale(batch);
      }
      // `lost` stays set until the switch is done: if it fails, the next job tries again rather than take the lost context.
      fallingBack = fallBackAsync('the WebGL context was lost', 'lost')
        .then((b) => {
          backend = b;
          lost = false;
          post({ type: 'BACKEND', backend: report(b) });
          return b;
        })
        .finally(() => {
          fallingBack = undefined;
        });
    }
    return fallingBack ? await fallingBack : backend;
  };

  /** Counts a job of a batch in, when its request arrives (before it waits for the backend, when a RELEASE_BATCH may overtake it). */
  const joinBatch = (batchId: number): Batch => {
    let batch = batches.get(batchId);
    if (!batch) {
      batch = { jobs: 0, released: false, stale: [] };
      batches.set(batchId, batch);
    }
    batch.jobs += 1;
    return batch;
  };

  /** Frees what no job of the batch can still use: its weights once the panel released it and its last job ended. */
  const settleBatch = (batchId: number, batch: Batch) => {
    if (batch.jobs > 0) return;
    freeStale(batch);
    if (!batch.released) return;
    batch.loaded?.dispose();
    batches.delete(batchId);
  };

  const runJobAsync = async (
    jobId: number,
    work: (signal: AbortSignal, b: RunningBackend) => Promise<{ result: unknown; transfer?: Transferable[] }>,
    onEnd?: () => void,
  ) => {
    const controller = new AbortController();
    jobs.set(jobId, controller);
    try {
      const b = await backendAsync();
      const { result, transfer } = await work(controller.signal, b);
      post({ type: 'DONE', jobId, result }, transfer);
    } catch (error) {
      if (isTrainingStopped(error)) {
        post({
          type: 'STOPPED',
          jobId,
          reason: error.reason,
          message: error.message,
          lastGoodStyle: error.lastGoodStyle,
          cause: error.cause === undefined ? undefined : errorMessage(error.cause),
        });
      } else post({ type: 'FAILED', jobId, message: errorMessage(error) });
    } finally {
      jobs.delete(jobId);
      onEnd?.();
    }
  };

  scope.addEventListener('message', (event) => {
    const request = event.data;
    switch (request.type) {
      case 'START':
        starting ??= chooseBackendAsync(request.allowSoftwareWebgl);
        starting.then(
          (b) => {
            backend = b;
            watch(b);
            post({ type: 'BACKEND', backend: report(b) });
          },
          (error) => post({ type: 'FAILED', jobId: -1, message: `Could not start TensorFlow.js: ${errorMessage(error)}` }),
        );
        return;
      case 'TRAIN':
        void runJobAsync(request.jobId, async (signal, b) => {
          const { style, notices, heldOut } = await trainStyle(
            request.images,
            { ...request.options, backend: request.options.backend ?? (b.software ? `${b.name} (software)` : b.name) },
            {
              signal,
              onNotice: (message) => post({ type: 'NOTICE', jobId: request.jobId, message }),
              onStep: (step, steps) => post({ type: 'STEP', jobId: request.jobId, step, steps }),
              onProgress: (progress, style) =>
                post({ type: 'PROGRESS', jobId: request.jobId, progress, style, trusted: !lost && !(b.gl?.isContextLost() ?? false) }),
            },
          );
          return { result: { style, notices, heldOut } };
        });
        return;
      case 'COLORIZE': {
        const { batchId } = request;
        const batch = batchId === undefined ? undefined : joinBatch(batchId);
        void runJobAsync(
          request.jobId,
          async (signal) => {
            // The batch's weights are uploaded at its first image and kept for the next (see colorizeInWorkerAsync's batchId).
            let style: LoadedStyle | typeof request.style = request.style;
            if (batch) {
              batch.loaded ??= loadStyle(request.style);
              style = batch.loaded;
            }
            const result = await colorizeImage(style, request.image, { ...request.options, signal });
            // A lost GPU reads back zeros: never hand back what was computed after the abort.
            signal.throwIfAborted();
            const transfer: Transferable[] = [result.data.buffer as ArrayBuffer];
            if (result.uncertainty) transfer.push(result.uncertainty.buffer as ArrayBuffer);
            return { result, transfer };
          },
          batch &&
            (() => {
              batch.jobs -= 1;
              settleBatch(batchId!, batch);
            }),
        );
        return;
      }
      case 'COLORIZE_SHAPES':
        void runJobAsync(request.jobId, async (signal) => {
          const result = await colorizeShapes(request.style, request.gray, request.shapeMap, { ...request.options, signal });
          signal.throwIfAborted();
          return { result };
        });
        return;
      case 'RELEASE_BATCH': {
        // The panel releases a batch when its run ends, which may be before the worker's job of it has (a Cancel
        // whose grace ran out while a training run kept the worker): its weights go when that job ends.
        const batch = batches.get(request.batchId);
        if (!batch) return;
        batch.released = true;
        settleBatch(request.batchId, batch);
        return;
      }
      case 'CANCEL':
        jobs.get(request.jobId)?.abort(request.reason);
        return;
      case 'LOSE_CONTEXT_FOR_TEST': {
        const extension = backend?.gl?.getExtension('WEBGL_lose_context');
        extension?.loseContext();
        post({ type: 'LOST_FOR_TEST', lost: extension != null });
        return;
      }
      case 'COUNT_TENSORS':
        post({ type: 'TENSORS', numTensors: tf.memory().numTensors });
        return;
    }
  });
}
