#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--json]`: bundles scripts/bench/main.ts with
 * esbuild's JS API and runs it. Core must be bundled for Node: tfjs-core's
 * CommonJS entry registers no gradients and its ESM build uses directory
 * imports Node cannot resolve, so we take the ESM build ('module' field) and
 * let esbuild resolve it. The bundle lands in scripts/bench/.build/ (ignored)
 * so that resolving the wasm binaries from import.meta.url finds node_modules.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// `--soak` runs the long leak and memory-growth test instead (npm run soak, see soak.ts).
const soak = process.argv.includes('--soak');
const outfile = resolve(here, soak ? '.build/soak.mjs' : '.build/bench.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [resolve(here, soak ? 'soak.ts' : 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  // Bundled CommonJS inside ESM still calls require() (node builtins, wasm glue).
  banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);const __dirname='/nonexistent';" },
  // Kept outside the bundle: they load their own files at run time.
  external: ['esbuild', 'playwright-core', '@resvg/resvg-js', 'saxes', 'color-name'],
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
try {
  await main(process.argv.slice(2).filter((a) => a !== '--soak'), root);
} catch (error) {
  process.stderr.write(`${soak ? 'soak' : 'bench'} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
}
