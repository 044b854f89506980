import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { grayOf, type Rgba8Image, type StyleFile, trainStyle } from '../../core';
import { decodeImageBytes } from '../../cli/io';
import { PRIOR_WEIGHT } from '../../core/inputs/buildPrior';
import { chooseBackendAsync, fallBackAsync, type RunningBackend } from '../../ui/lib/chooseBackendAsync';
import { runComputeWorker } from '../../ui/worker/runComputeWorker';
import type { WorkerReply, WorkerRequest } from '../../ui/worker/workerMessages';
import { useWasmBackend } from '../helpers/useWasmBackend';

// The worker's backend is Node's wasm here (chooseBackendAsync reaches for WebGL and the bundle's kernels).
vi.mock('../../ui/lib/chooseBackendAsync', () => ({ chooseBackendAsync: vi.fn(), fallBackAsync: vi.fn() }));
// It mends tfjs-backend-webgl's reads after a lost context; Node has no WebGL.
vi.mock('../../ui/lib/releaseStalledWebglReads', () => ({ releaseStalledWebglReads: vi.fn() }));

const noto = (name: string): Rgba8Image => decodeImageBytes(readFileSync(new URL(`../../../shared/art/noto/${name}`, import.meta.url)), name);
const wasm: RunningBackend = { name: 'wasm', software: false };
let style: StyleFile;
/** Gray art 1100 px wide: two of the wasm backend's 1024 px tiles, so the network runs again after the first tile's read. */
let wide: Rgba8Image;

beforeAll(async () => {
  await useWasmBackend();
  // maxSide 2048: the style colorizes the wide strip at its own resolution, tile by tile, not scaled down to 256 px.
  ({ style } = await trainStyle(['000.png', '005.png', '012.png', '020.png'].map(noto), { k: 12, epochs: 1, testFraction: 0, maxSide: 2048 }));
  const emoji = noto('030.png');
  const width = 1100;
  const data = new Uint8Array(width * 128 * 4);
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < width; x++) {
      const s = (y * 128 + (x % 128)) * 4;
      const g = Math.round(grayOf(emoji.data[s]!, emoji.data[s + 1]!, emoji.data[s + 2]!));
      data.set([g, g, g, 255], (y * width + x) * 4);
    }
  }
  wide = { width, height: 128, data };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** runComputeWorker in this thread: `send` is a message from the panel; `replyOf` waits for a job's DONE, STOPPED or FAILED. */
function startWorker(backend: Promise<RunningBackend>) {
  vi.mocked(chooseBackendAsync).mockReturnValue(backend);
  let receive: ((event: MessageEvent<WorkerRequest>) => void) | undefined;
  const replies: WorkerReply[] = [];
  const waiting: (() => void)[] = [];
  vi.stubGlobal('addEventListener', (_type: string, listener: (event: MessageEvent<WorkerRequest>) => void) => {
    receive = listener;
  });
  vi.stubGlobal('postMessage', (reply: WorkerReply) => {
    replies.push(reply);
    for (const wake of waiting.splice(0)) wake();
  });
  runComputeWorker();
  const send = (request: WorkerRequest) => receive!({ data: request } as MessageEvent<WorkerRequest>);
  const replyOf = async (jobId: number): Promise<WorkerReply> => {
    for (;;) {
      const reply = replies.find((r) => 'jobId' in r && r.jobId === jobId && (r.type === 'DONE' || r.type === 'FAILED' || r.type === 'STOPPED'));
      if (reply) return reply;
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };
  send({ type: 'START', allowSoftwareWebgl: false });
  return { send, replyOf };
}

const colorize = (jobId: number, batchId: number, image: Rgba8Image): WorkerRequest => ({
  type: 'COLORIZE',
  jobId,
  batchId,
  style,
  image,
  options: { mode: 'flat' },
});
const weightCount = () => style.weights.filter((w) => w.name !== PRIOR_WEIGHT).length;

describe('runComputeWorker: a colorize batch’s weights', () => {
  it('are kept between the batch’s items and freed by RELEASE_BATCH', async () => {
    const start = tf.memory().numTensors;
    const { send, replyOf } = startWorker(Promise.resolve(wasm));
    const gray = noto('031.png');
    send(colorize(1, 1, gray));
    expect(await replyOf(1)).toMatchObject({ type: 'DONE' });
    const kept = tf.memory().numTensors - start;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(weightCount());
    send(colorize(2, 1, gray));
    expect(await replyOf(2)).toMatchObject({ type: 'DONE' });
    expect(tf.memory().numTensors - start).toBe(kept); // one upload for the batch
    send({ type: 'RELEASE_BATCH', batchId: 1 });
    expect(tf.memory().numTensors).toBe(start);
  });

  it('released while the batch’s job still waits for the backend to start: the job runs, and nothing is left behind', async () => {
    const start = tf.memory().numTensors;
    let ready!: (backend: RunningBackend) => void;
    const { send, replyOf } = startWorker(new Promise((resolve) => (ready = resolve)));
    send(colorize(1, 2, noto('031.png')));
    // The panel gave up on the job (a Cancel whose grace ran out beside a training run) and released the batch.
    send({ type: 'RELEASE_BATCH', batchId: 2 });
    ready(wasm);
    expect(await replyOf(1)).toMatchObject({ type: 'DONE' });
    expect(tf.memory().numTensors).toBe(start);
  });

  it('released while the batch’s job is between two tiles: the job finishes on its weights, which are freed when it ends', async () => {
    const start = tf.memory().numTensors;
    const { send, replyOf } = startWorker(Promise.resolve(wasm));
    // Reads resolve a macrotask later, as WebGL's do (tfjs polls the GPU's fence with setTimeout), so a message can land between tiles.
    const read = tf.Tensor.prototype.data;
    let firstRead!: () => void;
    const reading = new Promise<void>((resolve) => (firstRead = resolve));
    vi.spyOn(tf.Tensor.prototype, 'data').mockImplementation(async function (this: tf.Tensor) {
      const values = read.call(this);
      firstRead();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return values;
    } as typeof read);
    send(colorize(1, 3, wide));
    await reading;
    send({ type: 'RELEASE_BATCH', batchId: 3 });
    const reply = await replyOf(1);
    expect(reply.type === 'FAILED' ? reply.message : reply.type).toBe('DONE');
    expect(tf.memory().numTensors).toBe(start);
  });

  it('after a lost WebGL context, every job waits for the switch to WebAssembly (none runs on the lost context), and the old uploads are freed', async () => {
    const start = tf.memory().numTensors;
    // A WebGL backend as the worker sees one: its canvas tells of a lost context (the tensors are Node's wasm all along).
    const canvas = new EventTarget();
    const webgl = { name: 'webgl', software: false, canvas } as unknown as RunningBackend;
    let fellBack!: (backend: RunningBackend) => void;
    vi.mocked(fallBackAsync).mockReturnValue(new Promise((resolve) => (fellBack = resolve)));
    const { send, replyOf } = startWorker(Promise.resolve(webgl));
    const gray = noto('031.png');
    send(colorize(1, 5, gray));
    expect(await replyOf(1)).toMatchObject({ type: 'DONE' });
    canvas.dispatchEvent(new Event('webglcontextlost'));
    let reads = 0;
    const read = tf.Tensor.prototype.data;
    vi.spyOn(tf.Tensor.prototype, 'data').mockImplementation(function (this: tf.Tensor) {
      reads += 1;
      return read.call(this);
    } as typeof read);
    // Two jobs after the loss: the first starts the switch, the second must not take the lost backend meanwhile.
    send(colorize(2, 5, gray));
    send(colorize(3, 5, gray));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toBe(0);
    fellBack(wasm);
    expect(await replyOf(2)).toMatchObject({ type: 'DONE' });
    expect(await replyOf(3)).toMatchObject({ type: 'DONE' });
    expect(reads).toBeGreaterThan(0);
    send({ type: 'RELEASE_BATCH', batchId: 5 });
    expect(tf.memory().numTensors).toBe(start);
  });
  it('after a lost WebGL context, a failed switch fails the jobs that waited for it, and the next job tries again instead of taking the lost context', async () => {
    const start = tf.memory().numTensors;
    const canvas = new EventTarget();
    const webgl = { name: 'webgl', software: false, canvas } as unknown as RunningBackend;
    vi.mocked(fallBackAsync).mockRejectedValueOnce(new Error('WebAssembly could not start'));
    const switches = vi.mocked(fallBackAsync).mock.calls.length;
    const { send, replyOf } = startWorker(Promise.resolve(webgl));
    const gray = noto('031.png');
    send(colorize(1, 6, gray));
    expect(await replyOf(1)).toMatchObject({ type: 'DONE' });
    canvas.dispatchEvent(new Event('webglcontextlost'));
    send(colorize(2, 6, gray));
    expect(await replyOf(2)).toMatchObject({ type: 'FAILED' });
    vi.mocked(fallBackAsync).mockResolvedValueOnce(wasm);
    send(colorize(3, 6, gray));
    expect(await replyOf(3)).toMatchObject({ type: 'DONE' });
    expect(vi.mocked(fallBackAsync).mock.calls.length - switches).toBe(2);
    send({ type: 'RELEASE_BATCH', batchId: 6 });
    expect(tf.memory().numTensors).toBe(start);
  });
});
