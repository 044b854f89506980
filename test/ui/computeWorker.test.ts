import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComputeWorker, type JobRequest, WorkerEndedError } from '../../ui/worker/ComputeWorker';
import type { WorkerReply, WorkerRequest } from '../../ui/worker/workerMessages';

/** A Web Worker that runs nothing: the test reads what it was sent and answers for it. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly received: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.received.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker answers (ignored by the panel once the worker is terminated, as a real one would be silent). */
  reply(data: WorkerReply): void {
    if (!this.terminated) this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
  jobsOfType(type: WorkerRequest['type']): number[] {
    return this.received.filter((m) => m.type === type).map((m) => (m as { jobId: number }).jobId);
  }
}

const image = { width: 1, height: 1, data: new Uint8ClampedArray(4) };
const colorize = { type: 'COLORIZE', style: {}, image, options: { mode: 'flat' } } as unknown as JobRequest;
const train = { type: 'TRAIN', images: [image], options: {} } as unknown as JobRequest;
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function startedAsync(): Promise<ComputeWorker> {
  const compute = new ComputeWorker('/* the bundle */', false);
  const started = compute.startAsync();
  FakeWorker.made[0]!.reply({ type: 'BACKEND', backend: { name: 'wasm', software: false } });
  await started;
  return compute;
}

describe('ComputeWorker: Cancel beside a job that was not cancelled', () => {
  it('replaces a worker that does not stop in time; only the cancelled job ends, a preview beside it finishes on the fresh worker', async () => {
    vi.useFakeTimers();
    const compute = await startedAsync();
    const first = FakeWorker.made[0]!;
    const batch = new AbortController();
    const cancelled = settle(compute.runAsync(colorize, { signal: batch.signal }));
    const preview = settle(compute.runAsync(colorize, { signal: new AbortController().signal }));
    const [batchId, previewId] = first.jobsOfType('COLORIZE');

    batch.abort('cancelled');
    expect(first.jobsOfType('CANCEL')).toEqual([batchId]);
    // The worker is stuck (no answer): after the grace it is replaced.
    await vi.advanceTimersByTimeAsync(1000);
    const outcome = await cancelled;
    expect('error' in outcome && outcome.error).toBeInstanceOf(WorkerEndedError);
    expect(first.terminated).toBe(true);
    const fresh = FakeWorker.made[1]!;
    expect(FakeWorker.made).toHaveLength(2);
    // The fresh worker is started, then given the preview again (not the cancelled job).
    expect(fresh.received[0]!.type).toBe('START');
    expect(fresh.jobsOfType('COLORIZE')).toEqual([previewId]);
    expect((fresh.received[1] as { image: unknown }).image).toEqual(image);

    fresh.reply({ type: 'DONE', jobId: previewId!, result: 'the preview' });
    await expect(preview).resolves.toEqual({ value: { type: 'DONE', jobId: previewId, result: 'the preview' } });
    // The fresh worker runs the next job too.
    const next = compute.runAsync(colorize);
    const [nextId] = fresh.jobsOfType('COLORIZE').slice(1);
    fresh.reply({ type: 'DONE', jobId: nextId!, result: 'next' });
    await expect(next).resolves.toMatchObject({ result: 'next' });
  });

  it('keeps the worker while a training run (its art handed over, so it cannot be posted again) is not cancelled', async () => {
    vi.useFakeTimers();
    const compute = await startedAsync();
    const first = FakeWorker.made[0]!;
    const steps: number[] = [];
    const training = compute.runAsync(train, {
      signal: new AbortController().signal,
      transfer: [new ArrayBuffer(4)],
      onEvent: (event) => event.type === 'STEP' && steps.push(event.step),
    });
    const preview = new AbortController();
    const cancelledPreview = settle(compute.runAsync(colorize, { signal: preview.signal }));
    const [trainId] = first.jobsOfType('TRAIN');

    preview.abort('cancelled');
    await vi.advanceTimersByTimeAsync(1000);
    const outcome = await cancelledPreview;
    expect('error' in outcome && outcome.error).toBeInstanceOf(WorkerEndedError);
    expect(first.terminated).toBe(false);
    expect(FakeWorker.made).toHaveLength(1);

    first.reply({ type: 'STEP', jobId: trainId!, step: 3, steps: 10 });
    first.reply({ type: 'DONE', jobId: trainId!, result: 'the style' });
    await expect(training).resolves.toMatchObject({ result: 'the style' });
    expect(steps).toEqual([3]);
  });

  it('replaces the worker when the cancelled job is the training run, and the preview beside it still finishes', async () => {
    vi.useFakeTimers();
    const compute = await startedAsync();
    const cancel = new AbortController();
    const training = settle(compute.runAsync(train, { signal: cancel.signal, transfer: [new ArrayBuffer(4)] }));
    const preview = compute.runAsync(colorize, { signal: new AbortController().signal });
    cancel.abort('cancelled');
    await vi.advanceTimersByTimeAsync(1000);
    const outcome = await training;
    expect('error' in outcome && (outcome.error as WorkerEndedError).reason).toBe('cancelled');
    const fresh = FakeWorker.made[1]!;
    expect(fresh.jobsOfType('TRAIN')).toEqual([]);
    const [previewId] = fresh.jobsOfType('COLORIZE');
    fresh.reply({ type: 'DONE', jobId: previewId!, result: 'the preview' });
    await expect(preview).resolves.toMatchObject({ result: 'the preview' });
  });

  it('keeps the worker when the cancelled job stops within the grace', async () => {
    vi.useFakeTimers();
    const compute = await startedAsync();
    const first = FakeWorker.made[0]!;
    const cancel = new AbortController();
    const job = compute.runAsync(colorize, { signal: cancel.signal });
    const [jobId] = first.jobsOfType('COLORIZE');
    cancel.abort('cancelled');
    first.reply({ type: 'FAILED', jobId: jobId!, message: 'Cancelled.' });
    await expect(job).resolves.toMatchObject({ type: 'FAILED' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.terminated).toBe(false);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
