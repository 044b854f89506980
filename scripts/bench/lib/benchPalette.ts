import { rgbBytesToLab } from '../../../core/colour/rgbBytesToLab';
import { distinctColors } from '../../../core/palette/distinctColors';
import { extractPalette } from '../../../core/palette/extractPalette';
import { paletteInertia } from '../../../core/palette/paletteInertia';
import { now } from '../../../core/train/now';
import type { Rgba8Image } from '../../../core/types';
import { ensureSklearn } from './ensureSklearn';
import { runSklearn, type SklearnRun } from './runSklearn';
import { tileArt } from './tileArt';

const K = 32;
const MAX_ITERATIONS = 50;
const SEED = 1;
const OPENBLAS_VARS = ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'] as const;

export interface PaletteBench {
  pixels: number;
  distinctColours: number;
  k: number;
  maxIterations: number;
  seconds: number;
  sklearnSeconds: number | null;
  speedup: number | null;
  inertia: number;
  sklearnInertia: number | null;
  inertiaRatio: number | null;
  sklearnVersion?: string;
  sklearnIterations?: number;
  sklearnThreads?: Record<string, number>;
  /** Which environment the sklearn figure used, and what the other gave. */
  sklearnEnv?: string;
  sklearnSecondsByEnv?: Record<string, number>;
  skipped?: string;
}

/**
 * Hueprint's extractPalette against scikit-learn's KMeans on the same pixels:
 * a 1024² image tiled from the shared art, clustered in CIELAB with K = 32,
 * the same iteration cap, sklearn with n_init=1. Both inertias are computed
 * by one routine (core's paletteInertia) over every opaque pixel. Times are
 * the best of `repeats` (the machine is shared).
 */
export function benchPalette(art: readonly Rgba8Image[], sklearnScript: string, repeats: number, log: (m: string) => void): PaletteBench {
  const image = tileArt(art, 1024, 1024);
  const distinct = distinctColors([image]);
  log(`palette: 1024² tiled art, ${distinct.total} opaque pixels, ${distinct.colors.length} distinct colours`);
  let seconds = Infinity;
  let palette = extractPalette([image], { k: K, seed: SEED, maxIterations: MAX_ITERATIONS }).palette; // warm-up (JIT)
  for (let r = 0; r < repeats; r++) {
    const started = now();
    palette = extractPalette([image], { k: K, seed: SEED, maxIterations: MAX_ITERATIONS }).palette;
    seconds = Math.min(seconds, (now() - started) / 1000);
  }
  const inertia = paletteInertia(distinct, palette);
  const result: PaletteBench = {
    pixels: distinct.total,
    distinctColours: distinct.colors.length,
    k: K,
    maxIterations: MAX_ITERATIONS,
    seconds,
    sklearnSeconds: null,
    speedup: null,
    inertia,
    sklearnInertia: null,
    inertiaRatio: null,
  };

  const available = ensureSklearn(log);
  if (!available.ok) {
    log(`palette: ${available.reason}`);
    return { ...result, skipped: available.reason };
  }
  const lab = opaqueLab(image);
  const runs: Record<string, SklearnRun> = {};
  const set = OPENBLAS_VARS.filter((name) => process.env[name] !== undefined);
  if (set.length > 0) {
    const unset = { ...process.env };
    for (const name of OPENBLAS_VARS) delete unset[name];
    const label = set.map((name) => `${name}=${process.env[name]}`).join(' ');
    log(`palette: sklearn with ${label} as inherited…`);
    runs[`inherited (${label})`] = runSklearn(sklearnScript, lab, K, MAX_ITERATIONS, SEED, repeats, process.env);
    log('palette: sklearn with both OPENBLAS_* unset…');
    runs['OPENBLAS_* unset'] = runSklearn(sklearnScript, lab, K, MAX_ITERATIONS, SEED, repeats, unset);
  } else {
    log('palette: sklearn (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are not set here)…');
    runs['OPENBLAS_* not set'] = runSklearn(sklearnScript, lab, K, MAX_ITERATIONS, SEED, repeats, process.env);
  }
  // The faster environment is sklearn's figure: the comparison never flatters Hueprint.
  const byEnv = Object.fromEntries(Object.entries(runs).map(([env, run]) => [env, Math.min(...run.seconds)]));
  const [env] = Object.entries(byEnv).sort((a, b) => a[1] - b[1])[0];
  const run = runs[env];
  const sklearnSeconds = byEnv[env];
  const sklearnInertia = paletteInertia(distinct, run.centres);
  return {
    ...result,
    sklearnSeconds,
    speedup: sklearnSeconds / seconds,
    sklearnInertia,
    inertiaRatio: inertia / sklearnInertia,
    sklearnVersion: run.version,
    sklearnIterations: run.iterations,
    sklearnThreads: run.threads,
    sklearnEnv: env,
    sklearnSecondsByEnv: byEnv,
  };
}

/** CIELAB of the opaque pixels (alpha ≥ 128, the pixels paletteInertia scores), via core's converter. */
function opaqueLab(image: Rgba8Image): Float32Array {
  const src = image.data;
  let n = 0;
  for (let p = 3; p < src.length; p += 4) if (src[p] >= 128) n++;
  const rgba = new Uint8Array(n * 4);
  for (let p = 0, o = 0; p < src.length; p += 4) {
    if (src[p + 3] < 128) continue;
    rgba[o] = src[p];
    rgba[o + 1] = src[p + 1];
    rgba[o + 2] = src[p + 2];
    rgba[o + 3] = 255;
    o += 4;
  }
  return rgbBytesToLab(rgba, 4);
}
