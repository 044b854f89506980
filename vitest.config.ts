import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests run core/ in Node against one esbuild-made bundle of tfjs (see
// scripts/bundleTfjsForNode.js, built by test/globalSetup.ts): every
// @tensorflow import resolves to it, so there is one engine, with gradients.
const tfjs = path.resolve('node_modules/.cache/hueprint/tfjs-node.mjs');

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@tensorflow\/tfjs-core(\/dist\/register_all_gradients)?$/, replacement: tfjs },
      { find: /^@tensorflow\/tfjs-backend-(cpu|wasm)$/, replacement: tfjs },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
