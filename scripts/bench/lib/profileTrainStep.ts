import { forward } from '../../../core/model/forward';
import * as tf from '../../../core/tf/tf';
import { now } from '../../../core/train/now';
import type { Rgba8Image } from '../../../core/types';
import { createTrainer } from './createTrainer';
import { buildModelInputs } from '../../../core/inputs/buildModelInputs';
import { modelInputTensors } from '../../../core/inputs/modelInputTensors';

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
  pieces: { forwardMs: number; forwardBackwardMs: number; stepMs: number };
}

/**
 * Where a default fcn training step (batch 8 × 64²) spends its time on the
 * current backend: tf.profile's per-kernel times summed by kernel, with
 * conv2d calls told apart by their filter (a 3×3 or 1×1 filter over the
 * batch is the forward or the input gradient; a filter as large as the
 * image is the filter gradient of conv2dSame), plus wall-clock timings of
 * the forward pass and forward + backward.
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

    // Wall-clock pieces on one fixed batch.
    const { config, k, batchSize, cropSize } = trainer;
    const gray = tf.randomUniform([batchSize, cropSize, cropSize, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const labels = tf.randomUniform([batchSize * cropSize * cropSize], 0, k, 'int32', 6) as tf.Tensor1D;
    const weights = trainer.weights;
    // The prior's inputs come from the host, as in trainStyle.
    const priorTable = trainer.prior;
    const grayData = gray.dataSync() as Float32Array;
    const hostInputs = buildModelInputs(config, k, { gray: grayData, prior: priorTable });
    const inputs = () => modelInputTensors(hostInputs, [batchSize, cropSize, cropSize]);
    const forwardOnly = async (): Promise<void> => {
      const y = tf.tidy(() => tf.sum(forward(config, weights, inputs(), { training: true })));
      await y.data();
      y.dispose();
    };
    const forwardBackward = async (): Promise<void> => {
      const { value, grads } = tf.variableGrads(() => {
        const logits = forward(config, weights, inputs(), { training: true });
        const flat = tf.reshape(logits, [-1, k]) as tf.Tensor2D;
        return tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(labels, k), tf.logSoftmax(flat)), 1))) as tf.Scalar;
      });
      await value.data();
      await Promise.all(Object.values(grads).map((g) => g.data()));
      value.dispose();
      tf.dispose(Object.values(grads));
    };
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
    const forwardBackwardMs = await best(forwardBackward);
    gray.dispose();
    labels.dispose();
    return { backend: tf.getBackend(), msPerStep: stepMs, kernelMs, kernels, pieces: { forwardMs, forwardBackwardMs, stepMs } };
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
