import { defineConfig } from 'vitest/config';

// tfjs-core's Node entry (a CommonJS bundle) has no gradients registered and
// its ESM build uses directory imports Node cannot resolve, so let Vite
// transform every @tensorflow package from its ESM build: one copy of the
// engine, gradients included.
export default defineConfig({
  resolve: { mainFields: ['module', 'jsnext:main', 'jsnext', 'main'] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    server: { deps: { inline: [/@tensorflow\//] } },
  },
});
