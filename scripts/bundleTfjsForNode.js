// One ESM file with tfjs-core (gradients registered), the cpu backend and the
// wasm backend, for code that runs core/ in Node without a bundler of its
// own (the vitest suite). Why: tfjs-core's Node entry is a CommonJS build
// without gradients, and its ESM build uses directory imports that Node
// cannot resolve; letting Vite transform the ESM tree instead loads some of
// its modules twice (tensors then lack their op handler). esbuild resolves
// the ESM tree once, so there is exactly one engine.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TFJS_NODE_BUNDLE = path.join(root, 'node_modules/.cache/hueprint/tfjs-node.mjs');

export default async function bundleTfjsForNode() {
  const dir = path.dirname(TFJS_NODE_BUNDLE);
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'tfjs-entry.mjs');
  writeFileSync(
    entry,
    [
      "export * from '@tensorflow/tfjs-core';",
      "import '@tensorflow/tfjs-core/dist/register_all_gradients';",
      "import '@tensorflow/tfjs-backend-cpu';",
      "export { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';",
    ].join('\n'),
  );
  await build({
    entryPoints: [entry],
    outfile: TFJS_NODE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    nodePaths: [path.join(root, 'node_modules')],
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url); const __dirname = '/nonexistent';" },
    logLevel: 'warning',
  });
  return TFJS_NODE_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleTfjsForNode();
