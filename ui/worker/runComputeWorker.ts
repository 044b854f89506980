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
  const batches = new Map<number, LoadedStyle>();
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

  /** The backend, started once; after a lost WebGL context, WebAssembly (or cpu) for every later job. */
  const backendAsync = async (): Promise<RunningBackend> => {
    if (!starting) throw new Error('The compute worker was not started.');
    backend ??= await starting;
    if (lost && backend.name === 'webgl') {
      for (const loaded of batches.values()) loaded.dispose();
      batches.clear();
      lost = false;
      backend = await fallBackAsync('the WebGL context was lost', 'lost');
      post({ type: 'BACKEND', backend: report(backend) });
    }
    return backend;
  };

  const runJobAsync = async (jobId: number, work: (signal: AbortSignal, b: RunningBackend) => Promise<{ result: unknown; transfer?: Transferable[] }>) => {
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
      case 'COLORIZE':
        void runJobAsync(request.jobId, async (signal) => {
          let style: LoadedStyle | typeof request.style = request.style;
          if (request.batchId !== undefined) {
            let loaded = batches.get(request.batchId);
            if (!loaded) {
              loaded = loadStyle(request.style);
              batches.set(request.batchId, loaded);
            }
            style = loaded;
          }
          const result = await colorizeImage(style, request.image, { ...request.options, signal });
          // A lost GPU reads back zeros: never hand back what was computed after the abort.
          signal.throwIfAborted();
          const transfer: Transferable[] = [result.data.buffer as ArrayBuffer];
          if (result.uncertainty) transfer.push(result.uncertainty.buffer as ArrayBuffer);
          return { result, transfer };
        });
        return;
      case 'COLORIZE_SHAPES':
        void runJobAsync(request.jobId, async (signal) => {
          const result = await colorizeShapes(request.style, request.gray, request.shapeMap, { ...request.options, signal });
          signal.throwIfAborted();
          return { result };
        });
        return;
      case 'RELEASE_BATCH':
        batches.get(request.batchId)?.dispose();
        batches.delete(request.batchId);
        return;
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
