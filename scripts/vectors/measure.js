#!/usr/bin/env node
/**
 * `node scripts/vectors/measure.js STYLE SET [--json]`: vector colorizing
 * against the raster path on an art set laid out as SET/test/*.png with the
 * vector originals in SET/svg/ (same names), e.g. ../shared/art/toonhead-one,
 * with a style trained on SET/train (`hueprint train SET/train -o STYLE`).
 * Bundled with esbuild like the bench (tfjs-core must be bundled for Node).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outfile = resolve(root, 'scripts/bench/.build/measureVectors.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [resolve(here, 'measureVectors.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);const __dirname='/nonexistent';" },
  external: ['esbuild', '@resvg/resvg-js', 'saxes', 'color-name', 'pngjs', 'jpeg-js'],
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`measure failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
}
