import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import type { ColorizeLatency } from './measureColorize';
import type { TrainThroughput } from './measureTrainThroughput';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--use-angle=swiftshader', '--use-gl=angle', '--enable-unsafe-swiftshader', '--disable-quic'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface BrowserBackendPlan {
  backend: 'webgl' | 'wasm';
  /** [preset, timed steps, warm-up steps] */
  train: Array<['fcn' | 'seed', number, number]>;
  matMul: { n: number; repeats: number };
  colorizeSizes: number[];
}

export interface BrowserBackendResult {
  backend: string;
  info: string;
  train: TrainThroughput[];
  matMul: { n: number; seconds: number; gflops: number };
  colorize: ColorizeLatency[];
  leakedTensors: number;
}

/**
 * The bench page's script, bundled for the browser. Bundle it when the run
 * starts: others edit core/ while a long run goes on, and the page must run
 * the same core as the Node side (a style trained by one must parse in the other).
 */
export async function bundleBenchPage(root: string): Promise<Uint8Array> {
  const bundle = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'scripts/bench/browser/benchPage.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'chrome110',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return bundle.outputFiles[0].contents;
}

/**
 * Runs the bench page (browser/benchPage.ts, bundled here with esbuild) in
 * Debian's headless Chromium through playwright-core, one fresh page per
 * backend, served over http://127.0.0.1 because a file:// page cannot load
 * the wasm binaries. WebGL runs on SwiftShader, a CPU emulating a GPU.
 */
export async function benchBrowser(
  root: string,
  pageJs: Uint8Array,
  artFiles: readonly string[],
  styleBytes: Uint8Array,
  plans: readonly BrowserBackendPlan[],
  log: (m: string) => void,
): Promise<{ results: BrowserBackendResult[]; chromium?: string } | { skipped: string }> {
  if (!existsSync(CHROMIUM)) {
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      log('browser: installing Debian chromium (apt-get)…');
      const io: ['ignore', number, number] = ['ignore', 2, 2];
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      if (spawnSync('apt-get', ['update'], { stdio: io, env }).status === 0) spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: io, env });
    }
    if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is missing (apt-get install -y chromium as root), so the browser rows are skipped.` };
  }
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const byName = new Map(artFiles.map((f) => [basename(f), f]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (body: Uint8Array | string, type: string): void => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const path = decodeURIComponent(url.pathname);
    if (path === '/')
      return send('<!doctype html><meta charset="utf-8"><title>Hueprint bench</title><script type="module" src="/bench.js"></script>', TYPES['.html']);
    if (path === '/bench.js') return send(pageJs, TYPES['.js']);
    if (path === '/style.hueprint') return send(styleBytes, 'application/octet-stream');
    if (path === '/art/list.json') return send(JSON.stringify([...byName.keys()]), TYPES['.json']);
    if (path.startsWith('/art/') && byName.has(path.slice(5))) return send(readFileSync(byName.get(path.slice(5))!), TYPES['.png']);
    const wasmPrefix = '/node_modules/@tensorflow/tfjs-backend-wasm/dist/';
    if (path.startsWith(wasmPrefix)) {
      const file = normalize(join(wasmDir, path.slice(wasmPrefix.length)));
      if (file.startsWith(wasmDir + sep) && existsSync(file)) return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const results: BrowserBackendResult[] = [];
    for (const plan of plans) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForFunction(() => 'hueprintBench' in globalThis, undefined, { timeout: 30_000 });
        type Bench = { hueprintBench: Record<string, (...a: unknown[]) => Promise<unknown>> };
        const call = <T>(name: string, ...args: unknown[]): Promise<T> =>
          page.evaluate(([n, a]) => (globalThis as unknown as Bench).hueprintBench[n as string](...(a as unknown[])), [name, args] as const) as Promise<T>;
        const setup = await call<{ backend: string; info: string }>('setup', plan.backend);
        if (setup.backend !== plan.backend) throw new Error(`asked for ${plan.backend}, got ${setup.backend}`);
        log(`browser ${plan.backend}: ${setup.info}`);
        const before = await call<number>('memory');
        const train: TrainThroughput[] = [];
        for (const [preset, steps, warmup] of plan.train) {
          log(`browser ${plan.backend}: training ${preset}, ${warmup} warm-up + ${steps} timed steps…`);
          const t = await call<TrainThroughput>('train', preset, steps, warmup);
          log(`browser ${plan.backend}: ${preset} ${Math.round(t.pixelsPerSecond)} px/s (${Math.round(t.msPerStep)} ms/step)`);
          train.push(t);
        }
        log(`browser ${plan.backend}: matMul ${plan.matMul.n}²…`);
        const matMul = await call<{ n: number; seconds: number; gflops: number }>('matMul', plan.matMul.n, plan.matMul.repeats);
        const colorize: ColorizeLatency[] = [];
        for (const size of plan.colorizeSizes) {
          log(`browser ${plan.backend}: colorize ${size}²…`);
          colorize.push(await call<ColorizeLatency>('colorize', size));
        }
        const leakedTensors = (await call<number>('memory')) - before;
        results.push({ backend: plan.backend, info: setup.info, train, matMul, colorize, leakedTensors });
      } catch (error) {
        throw new Error(`browser ${plan.backend}: ${(error as Error).message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
      } finally {
        await page.close();
      }
    }
    return { results, chromium: browser.version() };
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
