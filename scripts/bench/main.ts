/**
 * `npm run bench`: Hueprint's performance figures, measured side by side in
 * one run (the machines are shared and noisy, so ratios taken in the same run
 * mean more than absolute times). scripts/bench/run.js bundles this file with
 * esbuild and calls main(). See scripts/bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { setupBackend } from '../../cli/tf/setupBackend';
import { serializeStyle } from '../../core/style/serializeStyle';
import type { StyleFile } from '../../core/style/StyleFile';
import * as tf from '../../core/tf/tf';
import { DEFAULT_EPOCHS } from '../../core/train/resolveTrainSettings';
import { trainStyle } from '../../core/train/trainStyle';
import { benchBrowser, bundleBenchPage, type BrowserBackendPlan } from './lib/benchBrowser';
import { benchBundleAsync } from './lib/benchBundleAsync';
import { benchEndToEnd } from './lib/benchEndToEnd';
import { benchMemory } from './lib/benchMemory';
import { benchPalette } from './lib/benchPalette';
import { benchVectors } from './lib/benchVectors';
import { formatReport, type BenchReport } from './lib/formatReport';
import { loadNotoArt } from './lib/loadNotoArt';
import { measureColorize } from './lib/measureColorize';
import { measureHintLatency } from './lib/measureHintLatency';
import { benchBigImages } from './lib/benchBigImages';
import { measureMatMul } from './lib/measureMatMul';
import { measureTrainThroughput } from './lib/measureTrainThroughput';
import { profileTrainStep } from './lib/profileTrainStep';

/** The commit measured, marked "+ uncommitted core/" when the engine differs from it (others edit the tree). */
function gitState(root: string): string {
  const git = (...a: string[]): string => spawnSync('git', a, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--', 'core') ? `${head} + uncommitted core/` : head;
}

const SECTIONS = ['bundle', 'palette', 'train', 'colorize', 'hints', 'big', 'vectors', 'browser', 'profile', 'memory', 'e2e'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run bench [-- --quick] [--json] [--only=${SECTIONS.join(',')}] [--skip=…]
  --quick  fewer steps and sizes (under 3 minutes); end to end with 2 epochs instead of ${DEFAULT_EPOCHS}
  --json   one JSON object on stdout (progress, and then the table, go to stderr)`;

export async function main(argv: readonly string[], root: string): Promise<void> {
  const args = new Set(argv.filter((a) => !a.includes('=')));
  const option = (name: string): string[] | undefined =>
    argv
      .find((a) => a.startsWith(`--${name}=`))
      ?.split('=')[1]
      .split(',');
  if (args.has('--help') || args.has('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  for (const a of args) if (!['--quick', '--json'].includes(a)) throw new Error(`Unknown option ${a}.\n${USAGE}`);
  const quick = args.has('--quick');
  const only = option('only');
  const skip = option('skip') ?? [];
  for (const s of [...(only ?? []), ...skip])
    if (!SECTIONS.includes(s as Section)) throw new Error(`Unknown section "${s}"; sections are ${SECTIONS.join(', ')}.`);
  const wanted = (s: Section): boolean => (!only || only.includes(s)) && !skip.includes(s);
  const started = performance.now();
  const log = (message: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  const sklearnScript = `${root}/scripts/bench/sklearnKMeans.py`;

  const { files, images: art } = await loadNotoArt(root);
  // Bundled now, with the same core the Node side was bundled from a moment ago.
  const pageJs = wanted('browser') ? await bundleBenchPage(root) : undefined;
  const trainArt = art.slice(0, 8);
  const report: BenchReport = {
    mode: quick ? 'quick' : 'full',
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length, tfjs: tf.version_core, commit: gitState(root) },
    palette: null,
    train: {},
    matMul: {},
    colorize: {},
    memory: null,
    bundle: null,
    notes: [],
  };

  // One failing section is reported and the others still run.
  const failures: string[] = [];
  const guard = async (name: string, section: () => unknown): Promise<void> => {
    try {
      await section();
    } catch (error) {
      const message = `${name} failed: ${error instanceof Error ? error.message : String(error)}`;
      log(message);
      failures.push(message);
      report.notes.push(message);
    }
  };

  if (wanted('bundle')) await guard('bundle', async () => (report.bundle = await benchBundleAsync(root, log)));
  if (wanted('palette')) {
    await guard('palette', () => {
      log('palette: Hueprint vs scikit-learn…');
      report.palette = benchPalette(art, sklearnScript, quick ? 1 : 3, log);
      if (report.palette.skipped) report.notes.push(report.palette.skipped);
    });
  }

  let style: StyleFile | undefined;
  // Weights do not change the speed of colorizing: a 2-epoch style on 4 images will do.
  const benchStyle = async (): Promise<StyleFile> => (await trainStyle(art.slice(0, 4), { epochs: 2, seed: 1, name: 'bench' })).style;
  const needStyle = wanted('colorize') || wanted('hints') || wanted('browser');
  const nodeBackends = [
    { name: 'wasm', fcnSteps: quick ? 3 : 7, seedSteps: quick ? 5 : 10, matMulRepeats: quick ? 2 : 5, sizes: [256, 1024, 4096] },
    { name: 'cpu', fcnSteps: quick ? 1 : 3, seedSteps: quick ? 3 : 5, matMulRepeats: 1, sizes: [256] },
  ] as const;
  for (const plan of nodeBackends) {
    if (!wanted('train') && !wanted('colorize') && !wanted('hints')) break;
    await guard(`node-${plan.name}`, async () => {
      const used = await setupBackend(plan.name, log);
      if (used !== plan.name) {
        report.notes.push(`Node ${plan.name} did not start; its rows are missing.`);
        return;
      }
      const key = `node-${plan.name}`;
      if (wanted('train')) {
        log(`${key}: matMul 1024²…`);
        report.matMul[key] = await measureMatMul(1024, plan.matMulRepeats, plan.name !== 'cpu');
        for (const [preset, steps] of [
          ['fcn', plan.fcnSteps],
          ['seed', plan.seedSteps],
        ] as const) {
          log(`${key}: training ${preset}, ${steps} timed steps…`);
          const t = await measureTrainThroughput(trainArt, preset, steps, plan.name === 'cpu' ? (quick ? 0 : 1) : 2);
          report.train[`${preset}/${key}`] = { ...t, backendMatMulGflops: report.matMul[key].gflops, efficiency: t.gflops / report.matMul[key].gflops };
          log(`${key}: ${preset} ${Math.round(t.pixelsPerSecond)} px/s, ${t.gflops.toFixed(2)} GFLOP/s`);
        }
      }
      if (needStyle && !style) {
        log(`${key}: training a 2-epoch style for the colorize rows…`);
        style = await benchStyle();
      }
      if (wanted('colorize')) {
        for (const size of plan.sizes) {
          log(`${key}: colorize ${size}²…`);
          const c = await measureColorize(style!, art, size, quick ? 1 : size <= 1024 ? 5 : 3);
          // Beside it the network on every pixel (what colorize did before it predicted at the learnt scale); 4096² only in a full run.
          const full = size < 4096 || !quick ? await measureColorize(style!, art, size, 1, true) : undefined;
          report.colorize[`${key}/${size}`] = {
            seconds: c.seconds,
            megapixelsPerSecond: c.megapixelsPerSecond,
            ...(full ? { fullResolutionSeconds: full.seconds } : {}),
          };
        }
      }
      // Colour hints: the same colorize without and with 20 hint dots, on wasm at the sizes a designer uses.
      if ((wanted('colorize') || wanted('hints')) && plan.name === 'wasm') {
        // Shading at 1024² too: there a hint's colour is shaded to each pixel it owns, work flat mode does not do.
        for (const [size, mode] of [
          [256, 'flat'],
          [1024, 'flat'],
          [1024, 'shading'],
        ] as const) {
          log(`${key}: colorize ${size}² (${mode}) without and with hints…`);
          const h = await measureHintLatency(style!, art, size, mode, 20, quick ? 3 : 9);
          const row = mode === 'flat' ? `${key}/${size}` : `${key}/${size}/${mode}`;
          report.hints = { ...report.hints, [row]: h };
          log(
            `${key}: ${size}² ${mode} ${h.seconds.toFixed(3)} s without hints, ${h.hintSeconds.toFixed(3)} s with ${h.marks}, ${h.ratio.toFixed(2)}× (CPU ${h.cpuRatio.toFixed(2)}×)`,
          );
        }
      }
    });
  }
  if (wanted('colorize')) {
    report.notes.push(
      `Node cpu colorizes 256² only: 1024² takes about 3 minutes on the plain JavaScript backend (measured once: 165 s).${quick ? ' --quick: the network on every pixel stops at 1024².' : ''}`,
    );
  }

  if (wanted('big')) {
    await guard('big', async () => {
      await setupBackend('wasm', log);
      report.big = await benchBigImages(root, [4, 8], quick ? 4 : DEFAULT_EPOCHS, log);
    });
  }

  if (wanted('vectors')) {
    await guard('vectors', async () => {
      await setupBackend('wasm', log);
      if (!style) style = await benchStyle();
      log('vectors: a 500-shape drawing at 1024², colorized as vectors…');
      report.vectors = await benchVectors(style, quick ? 1 : 2);
    });
  }

  if (wanted('profile') || wanted('memory') || wanted('e2e')) await setupBackend('wasm', log);
  if (wanted('profile')) {
    await guard('profile', async () => {
      log('profile: one fcn training step on Node wasm, per kernel…');
      report.profile = await profileTrainStep(trainArt);
    });
  }
  if (wanted('memory')) {
    await guard('memory', async () => {
      log('memory: 20 train + colorize cycles…');
      report.memory = await benchMemory(art, 20, !quick, log);
    });
  }
  if (wanted('e2e')) {
    await guard('e2e', async () => {
      const epochs = quick ? 2 : DEFAULT_EPOCHS;
      log(`e2e: trainStyle on all ${art.length} images (70/30 split), ${epochs} epochs, then evaluateStyle…`);
      report.e2e = await benchEndToEnd(art, epochs, log);
    });
  }

  if (wanted('browser'))
    await guard('browser', async () => {
      if (!style) {
        await setupBackend('wasm', log);
        style = await benchStyle();
      }
      const plans: BrowserBackendPlan[] = [
        {
          backend: 'wasm',
          train: [
            ['fcn', quick ? 3 : 5, 1],
            ['seed', quick ? 5 : 10, 2],
          ],
          matMul: { n: 1024, repeats: quick ? 2 : 3 },
          colorizeSizes: quick ? [256] : [256, 1024],
        },
        {
          backend: 'webgl',
          train: [
            ['fcn', quick ? 1 : 2, 1],
            ['seed', quick ? 2 : 3, 1],
          ],
          matMul: { n: 1024, repeats: 1 },
          colorizeSizes: [256],
        },
      ];
      report.notes.push(`Chromium colorizes ${quick ? '256²' : '256² (webgl) and up to 1024² (wasm)'} only: WebGL here is SwiftShader, a CPU emulating a GPU.`);
      const browser = await benchBrowser(root, pageJs!, files, serializeStyle(style), plans, log);
      if ('skipped' in browser) report.notes.push(browser.skipped);
      else {
        report.machine.chromium = browser.chromium;
        for (const r of browser.results) {
          const key = `chromium-${r.backend}`;
          report.matMul[key] = r.matMul;
          report.browserInfo = { ...report.browserInfo, [key]: r.info };
          for (const t of r.train) report.train[`${t.preset}/${key}`] = { ...t, backendMatMulGflops: r.matMul.gflops, efficiency: t.gflops / r.matMul.gflops };
          for (const c of r.colorize) report.colorize[`${key}/${c.size}`] = { seconds: c.seconds, megapixelsPerSecond: c.megapixelsPerSecond };
          if (r.leakedTensors !== 0) report.notes.push(`${key}: ${r.leakedTensors} tensors left after the browser run.`);
        }
      }
    });
  report.seconds = (performance.now() - started) / 1000;
  log(`done in ${report.seconds.toFixed(0)} s`);
  if (args.has('--json')) {
    // The table goes to stderr as well, so one run gives both.
    process.stderr.write(formatReport(report));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else process.stdout.write(formatReport(report));
  if (failures.length) process.exitCode = 1;
}
