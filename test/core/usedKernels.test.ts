import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { colorizeImage, trainStyle, type StyleFile } from '../../core';
import { USED_KERNELS } from '../../ui/tfjs/usedKernels';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { useWasmBackend } from '../helpers/useWasmBackend';

beforeAll(async () => {
  await useWasmBackend();
});

/** Kernel names run by `fn` (profiles also list op scopes, which are not kernels). */
async function kernelsRun(fn: () => Promise<unknown>): Promise<string[]> {
  const profile = await tf.profile(async () => {
    await fn();
    return tf.scalar(0);
  });
  return profile.kernels.map((k) => k.name).filter((name) => tf.getKernel(name, tf.getBackend()) !== undefined);
}

describe('the kernels the plugin UI registers (ui/tfjs/usedKernels.ts)', () => {
  it('include every kernel that training and colorizing run, for both presets and modes', async () => {
    const art = makeShapeArt({ count: 4, size: 16, seed: 2 });
    const gray = makeShapeArt({ count: 1, size: 20, gray: true })[0];
    const run = new Set<string>();
    for (const options of [
      { k: 3, size: 16, epochs: 1 },
      { k: 3, size: 16, epochs: 1, rebalance: true },
      { preset: 'seed' as const, k: 3, epochs: 1 },
    ]) {
      let style: StyleFile | undefined;
      for (const k of await kernelsRun(async () => ({ style } = await trainStyle(art, options)))) run.add(k);
      for (const mode of ['flat', 'shading'] as const) for (const k of await kernelsRun(() => colorizeImage(style!, gray, { mode }))) run.add(k);
    }
    expect(run.size).toBeGreaterThan(20);
    const missing = [...run].filter((k) => !(USED_KERNELS as readonly string[]).includes(k));
    expect(missing).toEqual([]);
  });
});

describe('the registration generated from that list (scripts/registerKernelsPlugin.js)', () => {
  it('imports every listed kernel for webgl, wasm and cpu, each from a file the backend has', async () => {
    // @ts-expect-error -- plain ESM script without type declarations
    const { BACKENDS, registerKernelsSource, usedKernelNames } = await import('../../scripts/registerKernelsPlugin.js');
    const root = new URL('../..', import.meta.url).pathname;
    const names: string[] = await usedKernelNames(root);
    expect(names).toEqual([...USED_KERNELS]);
    const source: string = registerKernelsSource(names);
    const imported = [...source.matchAll(/from '(@tensorflow\/tfjs-backend-(\w+)\/dist\/kernels\/(\w+))'/g)];
    expect(imported.map((m) => `${m[2]}/${m[3]}`).sort()).toEqual(BACKENDS.flatMap((b: string) => names.map((k) => `${b}/${k}`)).sort());
    const { createRequire } = await import('node:module');
    const require = createRequire(`${root}package.json`);
    const missing = imported.filter((m) => {
      try {
        require.resolve(`${m[1]}.js`);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing.map((m) => m[1])).toEqual([]);
    // A name no backend has is caught the same way.
    expect(() => require.resolve('@tensorflow/tfjs-backend-cpu/dist/kernels/NoSuchKernel.js')).toThrow();
  });
});
