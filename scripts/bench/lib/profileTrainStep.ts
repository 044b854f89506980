import { forward } from '../../../core/model/forward';
import * as tf from '../../../core/tf/tf';
import { now } from '../../../core/train/now';
import type { Rgba8Image } from '../../../core/types';
import { createTrainer } from './createTrainer';
import { buildModelInputs } from '../../../core/inputs/buildModelInputs';
import { modelInputTensors } from '../../../core/inputs/modelInputTensors';
import { sampleBatch } from '../../../core/dataset/sampleBatch';
import { labelsOutsideFloods } from '../../../core/hints/labelsOutsideFloods';
import { simulateBatchHints } from '../../../core/hints/simulateBatchHints';
import { createRandom } from '../../../core/random';
import { pixelLoss } from '../../../core/train/pixelLoss';
import { previousTrainingLoss } from './previousTrainingLoss';

export interface KernelTotal {
  kernel: string;
  /** For conv2d: which pass the call belongs to (from its filter shape). */
  role?: string;
  calls: number;
  ms: number;
  share: number;
  /** Multiply–adds of these calls per ms ×1e-6 = GFLOP/s (convs and matMuls only). */
  gflops?: number;
}

export interface TrainProfile {
  backend: string;
  msPerStep: number;
  kernelMs: number;
  /** Per kernel (conv2d split by pass), summed over one step, largest first. */
  kernels: KernelTotal[];
  /** Wall time of forward alone, forward + loss + gradients, and the full step. */
  /**
   * Best wall times on one batch: forward alone, forward + loss + every gradient, the full step; and forward + loss +
   * gradients as core computed them before their wasm-friendly phrasing (see previousTrainingLoss), fcn only; the
   * median CPU times of those two, alternated.
   */
  pieces: {
    forwardMs: number;
    forwardBackwardMs: number;
    stepMs: number;
    forwardBackwardCpuMs: number;
    previousForwardBackwardMs?: number;
    previousForwardBackwardCpuMs?: number;
  };
}

/**
 * Where a default fcn training step (batch 8 × 64²) spends its time on the
 * current backend: tf.profile's per-kernel times summed by kernel, with
 * conv2d calls told apart by their filter (a 3×3 or 1×1 filter over the
 * batch is the forward or the input gradient; a filter as large as the
 * image is the filter gradient of conv2dSame), plus wall-clock timings of
 * the forward pass and forward + backward, beside forward + backward as
 * core computed it before (previousTrainingLoss) on the same batch.
 */
export async function profileTrainStep(art: readonly Rgba8Image[], repeats = 3): Promise<TrainProfile> {
  const trainer = createTrainer(art, 'fcn');
  try {
    await trainer.step();
    await trainer.step();
    let stepMs = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t = now();
      await trainer.step();
      stepMs = Math.min(stepMs, now() - t);
    }
    const profile = await tf.profile(() => trainer.step());
    const backend = tf.getBackend();
    const totals = new Map<string, KernelTotal & { flops: number }>();
    let kernelMs = 0;
    for (const k of profile.kernels) {
      // customGrad records its scope ('forward', 'unnamed scope') as a pseudo-kernel timing its inner kernels.
      if (!tf.getKernel(k.name, backend)) continue;
      const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
      kernelMs += ms;
      const { role, flops } = classify(k.name, k.inputShapes as number[][], k.outputShapes as number[][]);
      const key = role ? `${k.name} ${role}` : k.name;
      const t = totals.get(key) ?? { kernel: k.name, role, calls: 0, ms: 0, share: 0, flops: 0 };
      t.calls++;
      t.ms += ms;
      t.flops += flops;
      totals.set(key, t);
    }
    const kernels = [...totals.values()]
      .sort((a, b) => b.ms - a.ms)
      .map(({ flops, ...t }) => ({ ...t, share: t.ms / kernelMs, ...(flops > 0 && t.ms > 0 ? { gflops: flops / t.ms / 1e6 } : {}) }));

    // Wall-clock pieces on one real batch (crops, simulated hints, the model's inputs), as a step builds it.
    const { config, k, batchSize, cropSize } = trainer;
    const batch = sampleBatch(trainer.train, batchSize, cropSize, createRandom(5));
    const hints = config.preset === 'fcn' && config.hints ? simulateBatchHints(batch, createRandom(6), config) : undefined;
    const hostInputs = buildModelInputs(config, k, { gray: batch.gray, prior: trainer.prior, hints });
    const labels = tf.tensor1d(hints ? labelsOutsideFloods(batch.labels, hints) : batch.labels, 'int32');
    const weights = trainer.weights;
    const inputs = () => modelInputTensors(hostInputs, [batchSize, cropSize, cropSize]);
    const forwardOnly = async (): Promise<void> => {
      const y = tf.tidy(() => tf.sum(forward(config, weights, inputs(), { training: true, dropoutSeed: 1 })));
      await y.data();
      y.dispose();
    };
    const gradientsOf = (loss: () => tf.Scalar) => async (): Promise<void> => {
      const { value, grads } = tf.variableGrads(loss, trainer.variables);
      await value.data();
      await Promise.all(Object.values(grads).map((g) => g.data()));
      value.dispose();
      tf.dispose(Object.values(grads));
    };
    const forwardBackward = gradientsOf(() => pixelLoss(forward(config, weights, inputs(), { training: true, dropoutSeed: 1 }), labels, k));
    const previous = config.preset === 'fcn' ? gradientsOf(() => previousTrainingLoss(config, weights, inputs(), labels, k, 1)) : undefined;
    const best = async (f: () => Promise<void>): Promise<number> => {
      await f();
      let ms = Infinity;
      for (let r = 0; r < repeats; r++) {
        const t = now();
        await f();
        ms = Math.min(ms, now() - t);
      }
      return ms;
    };
    const forwardMs = await best(forwardOnly);
    // Alternated, in CPU time (wasm runs on one thread in Node), so neighbours on the shared machine weigh less.
    const cpuMs = (): number => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const cpuOf = async (f: () => Promise<void>): Promise<number> => {
      const t = cpuMs();
      await f();
      return cpuMs() - t;
    };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const nowCpu: number[] = [];
    const previousCpu: number[] = [];
    const forwardBackwardMs = await best(forwardBackward);
    const previousForwardBackwardMs = previous ? await best(previous) : undefined;
    for (let r = 0; r < 2 * repeats + 1; r++) {
      if (previous) previousCpu.push(await cpuOf(previous));
      nowCpu.push(await cpuOf(forwardBackward));
    }
    labels.dispose();
    const pieces = {
      forwardMs,
      forwardBackwardMs,
      stepMs,
      forwardBackwardCpuMs: median(nowCpu),
      ...(previousForwardBackwardMs !== undefined ? { previousForwardBackwardMs, previousForwardBackwardCpuMs: median(previousCpu) } : {}),
    };
    return { backend: tf.getBackend(), msPerStep: stepMs, kernelMs, kernels, pieces };
  } finally {
    trainer.dispose();
  }
}

function classify(name: string, inputs: number[][], outputs: number[][]): { role?: string; flops: number } {
  const out = outputs[0] ?? [];
  if (name === 'Conv2D' || name === 'FusedConv2D') {
    const [, , , c] = inputs[0];
    const [kh, kw, , f] = inputs[1];
    const flops = 2 * out[0] * out[1] * out[2] * kh * kw * c * f;
    const role = kh > 3 || kw > 3 ? 'dW (filter gradient)' : kh === 1 ? '1×1' : '3×3 (forward or dx)';
    return { role, flops };
  }
  if (name === 'BatchMatMul' || name === '_FusedMatMul') {
    // a = batch·m·inner, b = batch·inner·n, out = batch·m·n values, whichever are transposed.
    const size = (shape: number[]): number => shape.reduce((x, y) => x * y, 1);
    const batch = out.length > 2 ? size(out.slice(0, -2)) : 1;
    const inner = Math.sqrt((size(inputs[0]) * size(inputs[1])) / (size(out) * batch));
    return { flops: 2 * size(out) * inner };
  }
  return { flops: 0 };
}
