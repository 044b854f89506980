/**
 * Builds the Figma sandbox bundle dist/code.js from plugin/main.ts.
 *
 * The sandbox runs an old-ish QuickJS/V8 realm with no module loader, so the
 * bundle is one ES2017 IIFE. Exports `buildPlugin` (one build) and
 * `pluginBuildOptions` (for the watcher in scripts/build.js).
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export function pluginBuildOptions({ minify = true } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: [resolve(root, 'plugin/main.ts')],
    outfile: resolve(root, 'dist/code.js'),
    bundle: true,
    format: 'iife',
    target: 'es2017',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** Builds dist/code.js; returns its size in bytes. */
export async function buildPlugin({ minify = true } = {}) {
  const result = await esbuild.build({ ...pluginBuildOptions({ minify }), metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  return output ? output.bytes : null;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = await buildPlugin();
  if (bytes != null) console.log(`dist/code.js  ${(bytes / 1024).toFixed(1)} kB`);
}
