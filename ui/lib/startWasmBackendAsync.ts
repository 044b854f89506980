import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm/dist/base';
import wasmSimdGzipBase64 from 'hueprint:wasm-simd-gzip-base64';

/**
 * Starts tfjs's wasm backend from the SIMD binary inlined in dist/ui.html
 * (gzipped, 137 kB): Figma's plugin iframe has a null origin and no network,
 * so nothing can be fetched. One thread: the iframe is not cross-origin
 * isolated, so wasm threads are unavailable there anyway.
 */
export async function startWasmBackendAsync(): Promise<boolean> {
  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function') return false;
  const gzipped = Uint8Array.from(atob(wasmSimdGzipBase64), (c) => c.charCodeAt(0));
  const wasm = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  const url = URL.createObjectURL(new Blob([wasm], { type: 'application/wasm' }));
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({ 'tfjs-backend-wasm-simd.wasm': url, 'tfjs-backend-wasm.wasm': url, 'tfjs-backend-wasm-threaded-simd.wasm': url });
  if (!(await tf.setBackend('wasm'))) return false;
  await tf.ready();
  return true;
}
