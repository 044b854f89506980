/** The SIMD wasm binary of @tensorflow/tfjs-backend-wasm, gzipped and base64-encoded by scripts/buildPlugin.js. */
declare module 'hueprint:wasm-simd-gzip-base64' {
  const base64: string;
  export default base64;
}
