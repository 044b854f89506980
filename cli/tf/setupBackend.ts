import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '../../core/tf/tf';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName } from '../../core/types';

/**
 * Node's backends: wasm (XNNPACK, SIMD) by default, the plain JavaScript cpu
 * backend as the fallback. The wasm binaries are read from the installed
 * package, never fetched. Returns the backend actually in use.
 */
export async function setupBackend(preferred: BackendName | 'auto' = 'auto', warn: (message: string) => void = () => {}): Promise<BackendName> {
  if (preferred === 'webgl') throw new Error('The webgl backend exists only in the browser (the Figma plugin). In Node use --backend wasm or cpu.');
  tf.env().set('PROD', true); // no "install tfjs-node" banner; its native binary cannot be fetched here anyway
  if (preferred === 'cpu') {
    await tf.setBackend('cpu');
    return 'cpu';
  }
  const require = createRequire(import.meta.url);
  setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);
  if (await tf.setBackend('wasm').catch(() => false)) return 'wasm';
  warn('The wasm backend did not start, so Hueprint runs on the (much slower) cpu backend.');
  await tf.setBackend('cpu');
  return 'cpu';
}
