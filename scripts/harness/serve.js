/**
 * `npm start`: a local stand-in for Figma. Serves a page that hosts the built
 * dist/ui.html in a null-origin iframe, exactly as Figma does, next to a
 * simulated canvas driven by the REAL sandbox code (plugin/runPlugin.ts)
 * running against the in-memory fake `figma` (test/fakeFigma/).
 *
 *   node scripts/harness/serve.js [--port 4480] [--rebuild]
 *
 * `startHarnessServer()` is also what the end-to-end test uses.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
/** Real art for development, shared next to the repo; the harness generates art when it is absent. */
const artDir = resolve(root, '../shared/art/noto');
const ART_COUNT = 10;
/** Vector drawings (SVG) with a train/test split, for the vector colorize path. */
const TOON_SETS = ['toonhead-one', 'toonhead-cast'];
const toonDir = (set) => resolve(root, '../shared/art', set);
/** Largest SVG the harness serves: the importer's own limit is larger; drawings are a few kB. */
const MAX_SVG_BYTES = 1024 * 1024;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Bundles the browser side of the harness (fake figma + real plugin code + canvas view) into memory. */
async function bundleHarness() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [resolve(here, 'harnessMain.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome100',
    platform: 'browser',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Builds dist/ (not the CLI, which the harness does not use) when dist/ui.html is missing, or always with rebuild. */
function ensureBuilt(rebuild) {
  if (!rebuild && existsSync(resolve(root, 'dist/ui.html'))) return;
  const run = spawnSync(process.execPath, [resolve(root, 'scripts/build.js'), '--skip-cli'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('The build failed; fix it and start the harness again.');
}

/** `{ set: { train: [names], test: [names] } }`: each set's SVGs, split as its train/ and test/ PNGs are. */
function listToons() {
  const out = {};
  for (const set of TOON_SETS) {
    const svgDir = join(toonDir(set), 'svg');
    if (!existsSync(svgDir)) continue;
    const inDir = (dir) => new Set(existsSync(join(toonDir(set), dir)) ? readdirSync(join(toonDir(set), dir)).map((f) => f.replace(/\.png$/, '')) : []);
    const train = inDir('train');
    const test = inDir('test');
    const svgs = readdirSync(svgDir)
      .filter((f) => f.endsWith('.svg'))
      .sort();
    out[set] = {
      train: svgs.filter((f) => train.has(f.replace(/\.svg$/, ''))),
      test: svgs.filter((f) => test.has(f.replace(/\.svg$/, ''))),
    };
  }
  return out;
}

function listArt() {
  if (!existsSync(artDir)) return [];
  return readdirSync(artDir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .slice(0, ART_COUNT);
}

/**
 * Starts the server; resolves with { url, port, close }. Port 0 picks a free port.
 * @param {{ port?: number, rebuild?: boolean, host?: string }} [options]
 */
export async function startHarnessServer({ port = 4480, rebuild = false, host = '127.0.0.1' } = {}) {
  ensureBuilt(rebuild);
  const harnessJs = await bundleHarness();
  const indexHtml = readFileSync(resolve(here, 'index.html'), 'utf8');
  const art = listArt();
  const toons = listToons();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/') return send(200, TYPES['.html'], indexHtml);
      if (url.pathname === '/harness.js') return send(200, TYPES['.js'], harnessJs);
      // Read on every request, so `npm run dev` rebuilds show up on reload.
      if (url.pathname === '/ui.html') return send(200, TYPES['.html'], readFileSync(resolve(root, 'dist/ui.html')));
      if (url.pathname === '/art/index.json') return send(200, TYPES['.json'], JSON.stringify(art));
      if (url.pathname.startsWith('/art/')) {
        const name = basename(decodeURIComponent(url.pathname.slice(5)));
        if (art.includes(name)) return send(200, TYPES['.png'], readFileSync(join(artDir, name)));
      }
      if (url.pathname === '/toons/index.json') return send(200, TYPES['.json'], JSON.stringify(toons));
      if (url.pathname.startsWith('/toons/')) {
        const [set, name] = decodeURIComponent(url.pathname.slice(7)).split('/');
        const listed = toons[set] && [...toons[set].train, ...toons[set].test].includes(name);
        if (listed) {
          const bytes = readFileSync(join(toonDir(set), 'svg', basename(name)));
          if (bytes.length <= MAX_SVG_BYTES) return send(200, TYPES['.svg'], bytes);
        }
      }
      if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
      send(404, 'text/plain', 'Not found');
    } catch (error) {
      send(500, 'text/plain', String(error instanceof Error ? error.message : error));
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 4480);
  const { url } = await startHarnessServer({ port, rebuild: args.includes('--rebuild') });
  console.log(`Hueprint harness: ${url}  (Ctrl+C to stop)`);
}
