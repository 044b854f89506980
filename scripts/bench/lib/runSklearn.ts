import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_PYTHON } from './ensureSklearn';

export interface SklearnRun {
  readonly version: string;
  /** Seconds of each timed fit(). */
  readonly seconds: number[];
  /** K × 3 Lab centres. */
  readonly centres: number[];
  readonly inertia: number;
  readonly iterations: number;
  readonly threads: Record<string, number>;
}

/**
 * scikit-learn's KMeans (n_init=1, k-means++) on `lab` (n × 3 float32 CIELAB),
 * in a subprocess of Debian's python with `env`. The values go over as a raw
 * float32 file, so both sides cluster bit-identical points.
 */
export function runSklearn(
  script: string,
  lab: Float32Array,
  k: number,
  maxIterations: number,
  seed: number,
  repeats: number,
  env: NodeJS.ProcessEnv,
): SklearnRun {
  const dir = mkdtempSync(join(tmpdir(), 'hueprint-bench-'));
  try {
    const file = join(dir, 'lab.f32');
    writeFileSync(file, new Uint8Array(lab.buffer, lab.byteOffset, lab.byteLength));
    const run = spawnSync(SYSTEM_PYTHON, [script, file, String(k), String(maxIterations), String(seed), String(repeats)], {
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.status !== 0) throw new Error(`sklearn k-means failed (exit ${run.status}): ${run.stderr || run.error?.message}`);
    return JSON.parse(run.stdout) as SklearnRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
