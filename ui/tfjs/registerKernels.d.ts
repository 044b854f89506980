/**
 * Generated at build time from ./usedKernels.ts by scripts/registerKernelsPlugin.js:
 * registers Hueprint's kernels for webgl, wasm and cpu. Call once, before any op.
 */
declare module 'hueprint:register-kernels' {
  export function registerKernels(): void;
}
