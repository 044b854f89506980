/**
 * Bundles the command line (cli/main.ts) into dist/cli.js, run by
 * bin/hueprint.js. Called by scripts/build.js (`npm run build`, and
 * `prepare` with --cli-only), or on its own: `node scripts/buildCli.js`.
 *
 * Why a bundle: tfjs-core's Node entry (CommonJS) has no gradients
 * registered, and its ESM build uses directory imports Node cannot resolve.
 * esbuild resolves the ESM build ('module' before 'main') into one file with
 * one copy of tfjs-core. The wasm backend's emscripten code refers to
 * `require` and `__dirname`, which an ES module lacks, so the banner defines
 * them from import.meta.url. Plain Node packages stay external.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export function cliBuildOptions() {
  return {
    absWorkingDir: root,
    entryPoints: [resolve(root, 'cli/main.ts')],
    outfile: resolve(root, 'dist/cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    define: { HUEPRINT_VERSION: JSON.stringify(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version) },
    // Fine as Node externals; @tensorflow/* must be bundled (see above).
    external: ['pngjs', 'jpeg-js', 'commander', '@resvg/resvg-js', 'saxes', 'color-name'],
    banner: {
      js: [
        "import { createRequire as __hueprintCreateRequire } from 'node:module';",
        "import { fileURLToPath as __hueprintFileURLToPath } from 'node:url';",
        "import { dirname as __hueprintDirname } from 'node:path';",
        'const require = __hueprintCreateRequire(import.meta.url);',
        'const __filename = __hueprintFileURLToPath(import.meta.url);',
        'const __dirname = __hueprintDirname(__filename);',
      ].join('\n'),
    },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** Builds dist/cli.js; returns its size in bytes. */
export default async function buildCli() {
  const result = await esbuild.build({ ...cliBuildOptions(), metafile: true });
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('cli.js'));
  const bytes = output ? output[1].bytes : 0;
  console.log(`dist/cli.js  ${(bytes / 1024).toFixed(1)} kB`);
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
