import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgl/dist/base';
import '@tensorflow/tfjs-backend-cpu/dist/base';
import { registerKernels } from 'hueprint:register-kernels';
import { startWasmBackendAsync } from './startWasmBackendAsync';
import { errorMessage } from '../../core/errorMessage';
import type { BackendReport, FallbackCause } from '../worker/workerMessages';

registerKernels();

export type { FallbackCause };

/** The backend as the panel knows it: what the compute worker reported (plain data). */
export type BackendChoice = BackendReport;

/** The backend inside the worker that runs it: also its WebGL context, to watch for a lost context. */
export interface RunningBackend extends BackendReport {
  /** The WebGL canvas (an OffscreenCanvas in the worker), to watch for a lost context. */
  readonly canvas?: HTMLCanvasElement | OffscreenCanvas;
  /** tfjs's WebGL context (for the harness's lost-context test hook). */
  readonly gl?: WebGLRenderingContext;
}

/**
 * Picks WebGL on a real GPU, else WebAssembly, else the plain CPU backend,
 * and says which. WebGL drawn by a software renderer (SwiftShader, llvmpipe,
 * Microsoft Basic Render Driver, as WEBGL_debug_renderer_info names them) is
 * a CPU pretending to be a GPU: WebAssembly trains about 12x faster there
 * (npm run bench: 96 k vs 7.6 k px/s), so it is passed over, unless a test
 * asks for it (`allowSoftwareWebgl`). WebAssembly (XNNPACK, SIMD) trains ~25x
 * faster than the cpu backend (96 k vs 3.6 k px/s), so it is the fallback
 * worth its 200 kB. Runs in the compute worker, where tfjs's WebGL draws on
 * an OffscreenCanvas.
 */
export async function chooseBackendAsync(allowSoftwareWebgl = false): Promise<RunningBackend> {
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
        const software = isSoftwareRenderer(gl);
        if (!software || allowSoftwareWebgl) {
          return { name: 'webgl', software, canvas: gl.canvas, gl, maxTextureSide: Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) };
        }
        return fallBackAsync(`WebGL here is drawn by a software renderer (${rendererName(gl)}), slower than WebAssembly`, 'software-webgl');
      }
      reason = 'WebGL computed a wrong result on this GPU';
    }
  } catch (error) {
    reason = `WebGL failed to start (${errorMessage(error)})`;
  }
  return fallBackAsync(reason);
}

/** After WebGL failed, died (lost context) or is software: WebAssembly, else the plain CPU backend. */
export async function fallBackAsync(reason: string, fallback: FallbackCause = 'unavailable'): Promise<RunningBackend> {
  try {
    if (await startWasmBackendAsync()) return { name: 'wasm', software: false, fallback, fallbackReason: reason };
  } catch (error) {
    reason = `${reason}; WebAssembly failed too (${errorMessage(error)})`;
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { name: 'cpu', software: false, fallback, fallbackReason: reason };
}

function rendererName(gl: WebGLRenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

function isSoftwareRenderer(gl: WebGLRenderingContext): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(rendererName(gl));
}
