/**
 * `npm run soak [-- --cycles=N]`: N (default 100) train + colorize cycles
 * through the public API, on real art, checking that nothing accumulates:
 * tensors (target 0 left), tensor bytes, the wasm heap and the process's
 * resident memory (growth over the second half, per cycle). Each cycle trains
 * a small style on four Noto emoji and one on a single flat colour (K = 1),
 * colorizes a 256² image with each, and once every ten cycles cancels a
 * training (the failing path must leave nothing either). Slow
 * (minutes), so it is not part of `npm test`. Exit code 1 if anything grew.
 */
import { setupBackend } from '../../cli/tf/setupBackend';
import { colorizeImage } from '../../core/colorize/colorizeImage';
import * as tf from '../../core/tf/tf';
import { trainStyle } from '../../core/train/trainStyle';
import type { Rgba8Image } from '../../core/types';
import { loadNotoArt } from './lib/loadNotoArt';
import { tileArt } from './lib/tileArt';

interface Sample {
  readonly cycle: number;
  readonly tensors: number;
  readonly tensorBytes: number;
  readonly rssMB: number;
  readonly heapMB: number;
  readonly wasmMB: number;
}

const MB = 1024 * 1024;

function solid(side: number, rgb: [number, number, number]): Rgba8Image {
  const data = new Uint8Array(side * side * 4);
  for (let p = 0; p < data.length; p += 4) data.set([...rgb, 255], p);
  return { width: side, height: side, data };
}

function wasmHeapBytes(): number {
  const backend = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return backend.wasm?.HEAPU8?.byteLength ?? 0;
}

/** Least-squares slope of y over x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export async function main(argv: readonly string[], root: string): Promise<void> {
  const cycles = Number(argv.find((a) => a.startsWith('--cycles='))?.split('=')[1] ?? 100);
  if (!Number.isInteger(cycles) || cycles < 4) throw new Error('--cycles must be a whole number ≥ 4.');
  const json = argv.includes('--json');
  const backend = await setupBackend('auto');
  const started = performance.now();
  const log = (message: string): void => void process.stderr.write(`[soak ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) log('run node with --expose-gc (npm run soak does) for steadier resident-memory figures');

  const { images } = await loadNotoArt(root);
  const art = images.slice(0, 4);
  const gray = tileArt(images, 256, 256);
  const flat = solid(32, [210, 60, 40]);
  let failures = 0;
  const cycle = async (n: number): Promise<void> => {
    const { style } = await trainStyle(art, { epochs: 1, size: 32, maxSide: 32, batchSize: 2, seed: n, testFraction: 0.25 });
    await colorizeImage(style, gray, { mode: n % 2 ? 'shading' : 'flat' });
    const { style: one } = await trainStyle([flat], { epochs: 1, size: 16, maxSide: 32, batchSize: 2, seed: n });
    await colorizeImage(one, gray);
    if (n % 10 === 0) {
      // A cancelled training: the failing path must leave nothing behind either.
      const controller = new AbortController();
      await trainStyle(art, { epochs: 1, size: 32, maxSide: 32, batchSize: 2 }, { signal: controller.signal, onStep: () => controller.abort() }).catch(
        () => failures++,
      );
    }
  };

  await cycle(0); // first-use allocations (kernel caches, wasm heap growth) are not leaks
  gc?.();
  const sample = (n: number): Sample => {
    const m = tf.memory();
    const usage = process.memoryUsage();
    return { cycle: n, tensors: m.numTensors, tensorBytes: m.numBytes, rssMB: usage.rss / MB, heapMB: usage.heapUsed / MB, wasmMB: wasmHeapBytes() / MB };
  };
  const first = sample(0);
  const samples: Sample[] = [];
  for (let n = 1; n <= cycles; n++) {
    await cycle(n);
    gc?.();
    samples.push(sample(n));
    if (n % 10 === 0 || n === cycles) {
      const s = samples[samples.length - 1];
      log(
        `cycle ${n}/${cycles}: ${s.tensors} tensors (${s.tensors - first.tensors >= 0 ? '+' : ''}${s.tensors - first.tensors}), rss ${s.rssMB.toFixed(0)} MB, js heap ${s.heapMB.toFixed(0)} MB, wasm heap ${s.wasmMB.toFixed(0)} MB`,
      );
    }
  }
  const last = samples[samples.length - 1];
  const half = samples.slice(Math.floor(samples.length / 2));
  const xs = half.map((s) => s.cycle);
  /** One memory figure after the warm-up, midway and at the end, and how fast it grew over the second half. */
  const memoryTrend = (key: 'rssMB' | 'heapMB') => ({
    afterWarmUp: first[key],
    midway: half[0][key],
    end: last[key],
    secondHalfSlopePerCycle: slope(
      xs,
      half.map((s) => s[key]),
    ),
  });
  const result = {
    backend,
    cycles,
    seconds: (performance.now() - started) / 1000,
    failingStepsRun: failures,
    leakedTensors: last.tensors - first.tensors,
    maxTensorsAboveStart: Math.max(...samples.map((s) => s.tensors - first.tensors)),
    leakedTensorBytes: last.tensorBytes - first.tensorBytes,
    rssMB: memoryTrend('rssMB'),
    jsHeapMB: memoryTrend('heapMB'),
    wasmHeapMB: { afterWarmUp: first.wasmMB, end: last.wasmMB },
  };
  // "Does not grow": no tensor left, the wasm heap no larger than after the warm-up cycle's growth
  // settled, and resident memory rising by less than 0.5 MB a cycle over the second half.
  const grew =
    result.leakedTensors !== 0 || result.leakedTensorBytes !== 0 || result.rssMB.secondHalfSlopePerCycle > 0.5 || result.jsHeapMB.secondHalfSlopePerCycle > 0.5;
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const f = (x: number): string => x.toFixed(1);
    process.stdout.write(
      [
        `soak: ${cycles} cycles of train + colorize (plus a K = 1 style each cycle and ${failures} failing trainings), ${backend}, ${f(result.seconds)} s`,
        `  tensors left: ${result.leakedTensors} (bytes ${result.leakedTensorBytes}); most above the start at any cycle end: ${result.maxTensorsAboveStart}`,
        `  resident memory: ${f(first.rssMB)} MB after warm-up, ${f(half[0].rssMB)} MB midway, ${f(last.rssMB)} MB at the end; second half ${result.rssMB.secondHalfSlopePerCycle.toFixed(3)} MB/cycle`,
        `  JS heap: ${f(first.heapMB)} → ${f(last.heapMB)} MB (second half ${result.jsHeapMB.secondHalfSlopePerCycle.toFixed(3)} MB/cycle); wasm heap ${f(first.wasmMB)} → ${f(last.wasmMB)} MB`,
        `  ${grew ? 'FAIL: something grew' : 'OK: nothing grew'}`,
        '',
      ].join('\n'),
    );
  }
  if (grew) process.exitCode = 1;
}
