import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgl/dist/base';
import '@tensorflow/tfjs-backend-cpu/dist/base';
import type { BackendName } from '../../core/types';
import { registerKernels } from '../tfjs/registerKernels';
import { startWasmBackendAsync } from './startWasmBackendAsync';
import { errorMessage } from '../../core/errorMessage';

registerKernels();

export interface BackendChoice {
  readonly name: BackendName;
  /** WebGL drawn by a software renderer (SwiftShader, llvmpipe): works, but slowly. */
  readonly software: boolean;
  /** Why a faster backend was not used, for the designer. */
  readonly fallbackReason?: string;
  /** The WebGL canvas, to watch for a lost context. */
  readonly canvas?: HTMLCanvasElement | OffscreenCanvas;
  /** tfjs's WebGL context (for the harness's lost-context test hook). */
  readonly gl?: WebGLRenderingContext;
}

/**
 * Picks WebGL, falling back to WebAssembly and then to the plain CPU
 * backend, and says which. tfjs refuses software WebGL by default
 * (failIfMajorPerformanceCaveat); we allow it, because a designer's
 * machine without a GPU driver still has one that works, and say so.
 * WebAssembly (XNNPACK, SIMD) trains ~25x faster than the cpu backend here
 * (npm run bench: 96 k vs 3.6 k px/s), so it is the fallback worth its
 * 200 kB in the bundle.
 */
export async function chooseBackendAsync(): Promise<BackendChoice> {
  tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
  let reason = 'WebGL is not available in this browser';
  try {
    if (await tf.setBackend('webgl')) {
      await tf.ready();
      // A tiny op proves shaders compile and read back on this GPU.
      const probe = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(1)));
      const value = (await probe.data())[0];
      probe.dispose();
      if (value === 2) {
        const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
        return { name: 'webgl', software: isSoftwareRenderer(gl), canvas: gl.canvas, gl };
      }
      reason = 'WebGL computed a wrong result on this GPU';
    }
  } catch (error) {
    reason = `WebGL failed to start (${errorMessage(error)})`;
  }
  return fallBackAsync(reason);
}

/** After WebGL failed or died (lost context): WebAssembly, else the plain CPU backend. */
export async function fallBackAsync(reason: string): Promise<BackendChoice> {
  try {
    if (await startWasmBackendAsync()) return { name: 'wasm', software: false, fallbackReason: reason };
  } catch (error) {
    reason = `${reason}; WebAssembly failed too (${errorMessage(error)})`;
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { name: 'cpu', software: false, fallbackReason: reason };
}

function isSoftwareRenderer(gl: WebGLRenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}
