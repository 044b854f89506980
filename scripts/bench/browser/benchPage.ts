/**
 * The browser side of `npm run bench`: core with the webgl and wasm
 * backends, driven by scripts/bench/lib/benchBrowser.ts through Playwright.
 * Every entry returns plain JSON.
 */
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '../../../core/tf/tf';
import { parseStyle } from '../../../core/style/parseStyle';
import type { StyleFile } from '../../../core/style/StyleFile';
import type { PresetName, Rgba8Image } from '../../../core/types';
import { measureColorize } from '../lib/measureColorize';
import { measureMatMul } from '../lib/measureMatMul';
import { measureTrainThroughput } from '../lib/measureTrainThroughput';

let art: Rgba8Image[] = [];
let style: StyleFile | undefined;

async function decodePng(url: string): Promise<Rgba8Image> {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob(), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, data: new Uint8Array(data.buffer) };
}

const bench = {
  async setup(backend: 'webgl' | 'wasm'): Promise<{ backend: string; info: string }> {
    setWasmPaths('/node_modules/@tensorflow/tfjs-backend-wasm/dist/');
    if (!(await tf.setBackend(backend))) throw new Error(`The ${backend} backend did not start in Chromium.`);
    await tf.ready();
    const names: string[] = await (await fetch('/art/list.json')).json();
    art = await Promise.all(names.map((name) => decodePng(`/art/${name}`)));
    style = parseStyle(new Uint8Array(await (await fetch('/style.hueprint')).arrayBuffer()));
    let info = '';
    if (backend === 'webgl') {
      const gl = document.createElement('canvas').getContext('webgl2');
      const debug = gl?.getExtension('WEBGL_debug_renderer_info');
      info = gl ? String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL2';
    } else {
      info = `SIMD ${await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')}, threads ${await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')} (not cross-origin isolated, like Figma's iframe)`;
    }
    return { backend: tf.getBackend(), info };
  },
  train: (preset: PresetName, steps: number, warmup: number) => measureTrainThroughput(art.slice(0, 8), preset, steps, warmup),
  matMul: (n: number, repeats: number) => measureMatMul(n, repeats),
  colorize: (size: number) => measureColorize(style!, art, size),
  memory: () => tf.memory().numTensors,
};

(globalThis as unknown as { hueprintBench: typeof bench }).hueprintBench = bench;
