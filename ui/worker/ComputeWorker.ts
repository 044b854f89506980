import { errorMessage } from '../../core/errorMessage';
import { parseWorkerReply } from './parseWorkerReply';
import { abortReasonOf } from '../jobs/AbortReason';
import type { BackendReport, WorkerAbortReason, WorkerJobEnd, WorkerReply, WorkerRequest } from './workerMessages';

declare global {
  interface Window {
    /** Set by the browser harness when a test needs WebGL even on a software renderer; never by Figma. */
    __hueprintAllowSoftwareWebgl?: boolean;
  }
}

/**
 * How long a cancelled job may take to stop by itself before its worker is ended and replaced, so Cancel
 * answers well within a second: a training step on WebAssembly can take a second, and the palette's
 * k-means longer, and neither can be interrupted. Training keeps each finished epoch's style on the panel's side.
 */
const CANCEL_GRACE_MS = 300;
/** After a lost WebGL context, tfjs may need longer to release its stalled reads. */
const LOST_GRACE_MS = 10_000;

/** A job request, before it is given its jobId. */
export type JobRequest = WorkerRequest extends infer R ? (R extends { jobId: number } ? Omit<R, 'jobId'> : never) : never;
/** A progress reply of a running job. */
export type JobEvent = Extract<WorkerReply, { type: 'STEP' | 'PROGRESS' | 'NOTICE' }>;

/**
 * A job's worker was ended because the job did not stop in time after its
 * signal fired (a long synchronous stretch such as the palette's k-means):
 * nothing of the job could be kept.
 */
export class WorkerEndedError extends Error {
  readonly reason: WorkerAbortReason;
  constructor(reason: WorkerAbortReason) {
    super(reason === 'cancelled' ? 'Cancelled.' : 'The GPU dropped its WebGL context and the work could not be stopped cleanly.');
    this.name = 'WorkerEndedError';
    this.reason = reason;
  }
}

interface PendingJob {
  /** What was posted, kept to post it again on a fresh worker. */
  readonly request: WorkerRequest;
  /** Buffers handed over with the request: once posted they are gone here, so such a job cannot be posted again. */
  readonly transferred: boolean;
  readonly signal?: AbortSignal;
  /** The worker running it now. */
  worker: Worker;
  readonly resolve: (end: WorkerJobEnd) => void;
  readonly reject: (error: unknown) => void;
  readonly onEvent?: (event: JobEvent) => void;
}

/**
 * The panel's side of its compute worker (ui/worker/runComputeWorker): a Web
 * Worker made from this very bundle's source (dist/ui.html is one inline
 * script, so the worker needs no file and no network, and tfjs is in the
 * bundle once), which owns TensorFlow.js. Jobs are posted with an
 * AbortSignal; a Cancel asks the job to stop and, if it has not within
 * CANCEL_GRACE_MS, ends the worker and starts a fresh one, so Cancel is
 * always prompt and honest. Only the cancelled job ends: the others that
 * were running (a preview beside it) are posted again to the fresh worker,
 * and their callers never notice. A job whose buffers were transferred
 * (training) cannot be posted again, so while one runs uncancelled the
 * worker is kept and the cancelled job is let go to stop by itself.
 */
export class ComputeWorker {
  private worker: Worker | null = null;
  private url: string | null = null;
  private nextJobId = 1;
  private readonly jobs = new Map<number, PendingJob>();
  private readonly backendListeners = new Set<(backend: BackendReport) => void>();
  private readonly lostListeners = new Set<() => void>();
  private readonly waiters: ((reply: WorkerReply) => boolean)[] = [];
  private backend: BackendReport | null = null;

  constructor(
    private readonly source: string,
    private readonly allowSoftwareWebgl: boolean,
  ) {}

  /** Starts the worker and its backend; resolves with the backend it chose. */
  startAsync(): Promise<BackendReport> {
    this.spawn();
    return this.waitFor((reply) =>
      reply.type === 'BACKEND' ? reply.backend : reply.type === 'FAILED' && reply.jobId === -1 ? new Error(reply.message) : undefined,
    );
  }

  /** The backend in use, and later changes of it (a fallback after a lost context). */
  onBackend(listener: (backend: BackendReport) => void): () => void {
    this.backendListeners.add(listener);
    if (this.backend) listener(this.backend);
    return () => this.backendListeners.delete(listener);
  }

  onContextLost(listener: () => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /**
   * Runs one job: resolves with how it ended (DONE, STOPPED or FAILED), or
   * rejects with WorkerEndedError when it had to be ended after `signal`
   * fired. Progress replies go to `onEvent`.
   */
  runAsync(
    jobRequest: JobRequest,
    options: { signal?: AbortSignal; onEvent?: (event: JobEvent) => void; transfer?: Transferable[] } = {},
  ): Promise<WorkerJobEnd> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const worker = this.spawn();
    const jobId = this.nextJobId++;
    const request = { ...jobRequest, jobId } as WorkerRequest;
    return new Promise<WorkerJobEnd>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        const reason: WorkerAbortReason = abortReasonOf(signal!);
        job.worker.postMessage({ type: 'CANCEL', jobId, reason } satisfies WorkerRequest);
        timer = setTimeout(
          () => {
            if (!this.jobs.has(jobId)) return;
            this.jobs.delete(jobId);
            reject(new WorkerEndedError(reason));
            if (this.worker === job.worker && this.canReplaceWorker()) this.replaceWorker();
          },
          reason === 'context-lost' ? LOST_GRACE_MS : CANCEL_GRACE_MS,
        );
      };
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const job: PendingJob = {
        request,
        transferred: (options.transfer?.length ?? 0) > 0,
        signal,
        worker,
        resolve: (end) => {
          settle();
          resolve(end);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        onEvent: options.onEvent,
      };
      this.jobs.set(jobId, job);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(request, options.transfer ?? []);
    });
  }

  /** Posts a message that has no answer (RELEASE_BATCH). */
  post(request: Extract<WorkerRequest, { type: 'RELEASE_BATCH' }>): void {
    this.worker?.postMessage(request);
  }

  /** The harness's test hook: drops the worker's WebGL context; whether there was one. */
  loseContextForTestAsync(): Promise<boolean> {
    this.spawn().postMessage({ type: 'LOSE_CONTEXT_FOR_TEST' } satisfies WorkerRequest);
    return this.waitFor((reply) => (reply.type === 'LOST_FOR_TEST' ? reply.lost : undefined));
  }

  /** tf.memory().numTensors in the worker, for tests. */
  countTensorsAsync(): Promise<number> {
    this.spawn().postMessage({ type: 'COUNT_TENSORS' } satisfies WorkerRequest);
    return this.waitFor((reply) => (reply.type === 'TENSORS' ? reply.numTensors : undefined));
  }

  private waitFor<T>(pick: (reply: WorkerReply) => T | Error | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiters.push((reply) => {
        const picked = pick(reply);
        if (picked === undefined) return false;
        if (picked instanceof Error) reject(picked);
        else resolve(picked);
        return true;
      });
    });
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    // One Blob URL for the page's life: making the Blob of this ~0.8 MB script costs the panel's thread
    // tens of milliseconds, which a Cancel that replaces the worker should not pay again.
    this.url ??= URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' }));
    const worker = new Worker(this.url, { name: 'hueprint-compute' });
    worker.addEventListener('message', (event: MessageEvent) => this.receive(worker, event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      this.failAll(`The compute worker stopped (${event.message || 'out of memory?'}).`);
      this.worker = null;
      worker.terminate();
      this.spawn();
    });
    worker.postMessage({ type: 'START', allowSoftwareWebgl: this.allowSoftwareWebgl } satisfies WorkerRequest);
    this.worker = worker;
    return worker;
  }

  /** Whether every job still running uncancelled could be posted again to a fresh worker. */
  private canReplaceWorker(): boolean {
    return [...this.jobs.values()].every((job) => job.signal?.aborted || !job.transferred);
  }

  /**
   * Ends the worker and starts a fresh one with the same backend choice. Jobs
   * still running uncancelled are posted again to it (same jobId, the fresh
   * worker knows none); cancelled ones end as their Cancel asked.
   */
  private replaceWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    const worker = this.spawn();
    for (const [jobId, job] of this.jobs) {
      if (job.signal?.aborted || job.transferred) {
        this.jobs.delete(jobId);
        job.reject(job.signal?.aborted ? new WorkerEndedError(abortReasonOf(job.signal)) : new Error('The compute worker was restarted.'));
        continue;
      }
      job.worker = worker;
      worker.postMessage(job.request);
    }
  }

  private failAll(message: string): void {
    for (const job of this.jobs.values()) job.reject(new Error(message));
    this.jobs.clear();
  }

  private receive(worker: Worker, data: unknown): void {
    if (worker !== this.worker) return;
    let reply: WorkerReply;
    try {
      reply = parseWorkerReply(data);
    } catch (error) {
      console.error('Hueprint: ignored a malformed message from the compute worker:', errorMessage(error));
      return;
    }
    const index = this.waiters.findIndex((waiter) => waiter(reply));
    if (index >= 0) this.waiters.splice(index, 1);
    switch (reply.type) {
      case 'BACKEND':
        this.backend = reply.backend;
        for (const listener of this.backendListeners) listener(reply.backend);
        return;
      case 'CONTEXT_LOST':
        for (const listener of this.lostListeners) listener();
        return;
      case 'STEP':
      case 'PROGRESS':
      case 'NOTICE':
        this.jobs.get(reply.jobId)?.onEvent?.(reply);
        return;
      case 'DONE':
      case 'STOPPED':
      case 'FAILED': {
        const job = this.jobs.get(reply.jobId);
        if (!job) return;
        this.jobs.delete(reply.jobId);
        job.resolve(reply);
        return;
      }
    }
  }
}

let instance: ComputeWorker | null = null;
let bundleSource: string | null = null;

/** Keeps this bundle's own source, read while it first runs (document.currentScript), for the worker. */
export function keepBundleSource(source: string | null | undefined): void {
  bundleSource = source ?? null;
}

/** The panel's one compute worker. */
export function computeWorker(): ComputeWorker {
  if (!instance) {
    if (!bundleSource) throw new Error('Hueprint could not read its own script to start its compute worker.');
    instance = new ComputeWorker(bundleSource, window.__hueprintAllowSoftwareWebgl === true);
  }
  return instance;
}
