/**
 * Bundles a TypeScript entry for Node with esbuild and imports it. Core must
 * be bundled for Node: tfjs-core's CommonJS entry registers no gradients and
 * its ESM build uses directory imports Node cannot resolve, so we take the
 * ESM build ('module' field) and let esbuild resolve it. Bundles land in
 * scripts/bench/.build/ (ignored), so that resolving the wasm binaries from
 * import.meta.url finds node_modules. Used by the bench, the soak and the
 * vector measurement.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');

export async function importBundledAsync(entry, name) {
  const outfile = resolve(here, '.build', `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    // Bundled CommonJS inside ESM still calls require() (node builtins, wasm glue).
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);const __dirname='/nonexistent';" },
    // Kept outside the bundle: they load their own files at run time.
    external: ['esbuild', 'playwright-core', '@resvg/resvg-js', 'saxes', 'color-name', 'pngjs', 'jpeg-js'],
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
