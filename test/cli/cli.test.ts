/**
 * The `hueprint` command end to end: the real bundle (dist/cli.js, built
 * here) run as a child process on generated shape art written as PNGs, the
 * way a user runs it. Tiny settings (32 px art, 3 epochs, K = 4) keep it fast.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStyle, type StyleFile } from '../../core';
import { encodePng, readImageFile } from '../../cli/io';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { runProcessAsync, type Run } from '../helpers/runProcessAsync';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/hueprint.js');

function run(
  args: string[],
  options: { cwd?: string; onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void; script?: string } = {},
): Promise<Run> {
  return runProcessAsync(process.execPath, [options.script ?? bin, ...args], { cwd: options.cwd ?? root, onStderr: options.onStderr });
}

/** A failure is one line (or a few) of explanation, never a stack trace. */
function expectCleanError(result: Run, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

let tmp: string;
let artDir: string;
let grayDir: string;
let stylePath: string;
let style: StyleFile;
const TINY = ['--size', '32', '--epochs', '3', '--k', '4'];

beforeAll(async () => {
  const build = await run([], { script: join(root, 'scripts/buildCli.js') });
  expect(build.code, build.stderr).toBe(0);
  tmp = await mkdtemp(join(tmpdir(), 'hueprint-cli-'));
  artDir = join(tmp, 'art');
  grayDir = join(tmp, 'gray');
  await mkdir(artDir);
  await mkdir(grayDir);
  const art = makeShapeArt({ count: 12, size: 32, seed: 7 });
  const gray = makeShapeArt({ count: 3, size: 40, seed: 99, gray: true, background: 'transparent' });
  await Promise.all(art.map((img, i) => writeFile(join(artDir, `art${String(i).padStart(2, '0')}.png`), encodePng(img))));
  await Promise.all(gray.map((img, i) => writeFile(join(grayDir, `g${i}.png`), encodePng(img))));
}, 60_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('hueprint train', () => {
  it('trains a style, reports each epoch on stderr and saves a loadable .hueprint', { timeout: 180_000 }, async () => {
    stylePath = join(tmp, 'shapes.hueprint');
    const result = await run(['train', artDir, '-o', stylePath, ...TINY]);
    expect(result.code, result.stderr).toBe(0);
    // stderr is a pipe, not a terminal: one line per epoch, no bar.
    expect(result.stderr).toMatch(/epoch 1\/3 +loss [\d.]+ +train acc [\d.]+% +held-out acc [\d.]+%.*ETA/);
    expect(result.stderr).toMatch(/epoch 3\/3/);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).toMatch(/3 distinct colours/);
    expect(result.stdout).toMatch(/Wrote .*shapes\.hueprint/);
    style = parseStyle(new Uint8Array(await readFile(stylePath)));
    expect(style.name).toBe('art');
    expect(style.palette.frequency.length).toBe(3);
    expect(style.training.epochs).toBe(3);
    expect(style.training.images).toEqual({ train: 8, test: 4 });
    expect(style.training.model?.accuracy).toBeGreaterThan(0);
  });

  it('stops cleanly on Ctrl-C and writes the last finished epoch', { timeout: 180_000 }, async () => {
    const out = join(tmp, 'cancelled.hueprint');
    let sent = false;
    const result = await run(['train', artDir, '-o', out, '--size', '32', '--k', '4', '--epochs', '500'], {
      onStderr: (text, kill) => {
        if (!sent && /epoch +1\/500/.test(text)) {
          sent = true;
          kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expectCleanError(result, 130, /cancelled.*Wrote the style of epoch \d+ of 500 to .*cancelled\.hueprint/s);
    const saved = parseStyle(new Uint8Array(await readFile(out)));
    expect(saved.training.epochs).toBeGreaterThanOrEqual(1);
    expect(saved.training.epochs).toBeLessThan(500);
  });
});

describe('hueprint colorize', () => {
  it('writes <out>/<name>.png for a folder: same size, palette colours only, alpha kept', async () => {
    const out = join(tmp, 'out-flat');
    const result = await run(['colorize', stylePath, grayDir, '-o', out, '--mode', 'flat']);
    expect(result.code, result.stderr).toBe(0);
    const palette = new Set<string>();
    for (let i = 0; i < style.palette.frequency.length; i++) palette.add(Array.from(style.palette.rgb.subarray(i * 3, i * 3 + 3)).join());
    for (const name of ['g0', 'g1', 'g2']) {
      expect(result.stdout).toContain(join(out, `${name}.png`));
      const input = await readImageFile(join(grayDir, `${name}.png`));
      const output = await readImageFile(join(out, `${name}.png`));
      expect([output.width, output.height]).toEqual([input.width, input.height]);
      let opaque = 0;
      let transparent = 0;
      for (let p = 0; p < input.data.length; p += 4) {
        expect(output.data[p + 3]).toBe(input.data[p + 3]);
        if (input.data[p + 3] === 0) transparent++;
        else {
          opaque++;
          expect(palette.has(Array.from(output.data.subarray(p, p + 3)).join())).toBe(true);
        }
      }
      expect(opaque).toBeGreaterThan(0);
      expect(transparent).toBeGreaterThan(0);
    }
  });

  it('colorizes single files in shading mode and refuses to overwrite an original', async () => {
    const out = join(tmp, 'out-shading');
    const result = await run(['colorize', stylePath, join(grayDir, 'g0.png'), join(grayDir, 'g1.png'), '-o', out, '--mode', 'shading']);
    expect(result.code, result.stderr).toBe(0);
    expect((await stat(join(out, 'g0.png'))).isFile()).toBe(true);
    expect((await stat(join(out, 'g1.png'))).isFile()).toBe(true);

    const before = await readFile(join(grayDir, 'g2.png'));
    const refused = await run(['colorize', stylePath, join(grayDir, 'g2.png'), '-o', grayDir]);
    expectCleanError(refused, 1, /would overwrite the original/);
    expect(await readFile(join(grayDir, 'g2.png'))).toEqual(before);
  });
});

describe('hueprint palette', () => {
  it('prints the palette as JSON (hex, lab, frequency) and writes a swatch', async () => {
    const swatch = join(tmp, 'swatch.png');
    const result = await run(['palette', artDir, '--k', '4', '--json', '--png', swatch]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.k).toBe(3);
    expect(json.requested).toBe(4);
    expect(json.notice).toMatch(/3 distinct colours/);
    expect(json.palette.map((c: { hex: string }) => c.hex).sort()).toEqual(['#3223ff', '#ff0000', '#ffffff']);
    expect(json.palette[0].hex).toBe('#ffffff'); // background: the most frequent
    expect(json.palette[0].lab[0]).toBeCloseTo(100, 0);
    expect(json.palette.reduce((s: number, c: { frequency: number }) => s + c.frequency, 0)).toBeCloseTo(1, 5);
    const image = await readImageFile(swatch);
    expect([image.width, image.height]).toEqual([3 * 32, 32]);
  });
});

describe('hueprint eval', () => {
  it('prints one JSON object: split, timings, and model/lookup/oracle scores on held-out art', { timeout: 180_000 }, async () => {
    const result = await run(['eval', artDir, '--json', ...TINY]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.images).toEqual({ train: 8, test: 4 });
    expect(json.palette.k).toBe(3);
    expect(json.backend).toBe('wasm');
    expect(json.preset).toBe('fcn');
    expect(json.epochs).toBe(3);
    for (const key of ['palette', 'train', 'evaluate']) expect(json.seconds[key]).toBeGreaterThanOrEqual(0);
    for (const who of ['model', 'lookup', 'oracle']) {
      for (const key of ['accuracy', 'accuracyForeground', 'deltaE00', 'deltaE00Foreground', 'psnr']) expect(json[who]).toHaveProperty(key);
      expect(json[who].accuracy).toBeGreaterThan(0);
      expect(json[who].accuracy).toBeLessThanOrEqual(1);
    }
    // Shape art has exactly 3 colours, so the true colours snapped to the palette are the truth.
    expect(json.oracle.accuracy).toBe(1);
    expect(json.oracle.deltaE00).toBe(0);
    expect(result.stderr).toMatch(/model [\d.]+% vs lookup [\d.]+% \(oracle 100%\) on 4 held-out images/);
  });

  it('takes an explicit split with --train-dir and --test-dir', { timeout: 180_000 }, async () => {
    const testDir = join(tmp, 'heldout');
    await mkdir(testDir);
    const held = makeShapeArt({ count: 2, size: 32, seed: 1234 });
    await Promise.all(held.map((img, i) => writeFile(join(testDir, `t${i}.png`), encodePng(img))));
    const result = await run(['eval', '--train-dir', artDir, '--test-dir', testDir, '--json', '--quiet', ...TINY]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.images).toEqual({ train: 12, test: 2 });
    expect(json.oracle.accuracy).toBe(1);
  });
});

describe('hueprint errors', () => {
  it('names a missing style or image file, exit 1', async () => {
    const missingStyle = join(tmp, 'nope.hueprint');
    expectCleanError(await run(['colorize', missingStyle, grayDir, '-o', join(tmp, 'x')]), 1, new RegExp(`${missingStyle} does not exist`));
    const missingImage = join(tmp, 'nope.png');
    expectCleanError(await run(['colorize', stylePath, missingImage, '-o', join(tmp, 'x')]), 1, new RegExp(`${missingImage} does not exist`));
    expectCleanError(await run(['palette', missingImage]), 1, new RegExp(`${missingImage} does not exist`));
  });

  it('reports a file that is not a style with the StyleFormatError message, exit 1', async () => {
    const fake = join(tmp, 'fake.hueprint');
    await writeFile(fake, 'this is not a style at all');
    expectCleanError(await run(['colorize', fake, grayDir, '-o', join(tmp, 'x')]), 1, /fake\.hueprint: This file is not a Hueprint style/);
    const cut = join(tmp, 'cut.hueprint');
    await writeFile(cut, (await readFile(stylePath)).subarray(0, 2000));
    expectCleanError(await run(['colorize', cut, grayDir, '-o', join(tmp, 'x')]), 1, /cut\.hueprint: This Hueprint style is damaged/);
  });

  it('reports corrupt images, empty folders and bad option values, exit 1', async () => {
    const bad = join(tmp, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'broken.png'), '<html>not a png</html>');
    expectCleanError(await run(['train', bad, ...TINY]), 1, /broken\.png is not a PNG or JPEG/);
    const empty = join(tmp, 'empty');
    await mkdir(empty);
    expectCleanError(await run(['train', empty]), 1, /has no PNG, JPEG or SVG images/);
    expectCleanError(await run(['palette', artDir, '--k', 'lots']), 1, /--k.*'lots' is invalid/);
    expectCleanError(await run(['train', artDir, '--preset', 'huge']), 1, /huge/);
    expectCleanError(await run(['train', artDir, '--size', '30', '--epochs', '1', '-o', join(tmp, 'x.hueprint')]), 1, /multiple of 4/);
  });

  it('exits 2 for wrong usage', async () => {
    expectCleanError(await run(['train', artDir, '--bogus']), 2, /unknown option '--bogus'/);
    expectCleanError(await run(['colorize']), 2, /missing required argument/);
    expectCleanError(await run(['frobnicate']), 2, /unknown command/);
    expectCleanError(await run(['eval', artDir, '--train-dir', artDir]), 2, /--train-dir and --test-dir go together/);
  });

  it('bin/hueprint.js says to build first when the bundle is missing', async () => {
    const lonely = join(tmp, 'pkg');
    await mkdir(join(lonely, 'bin'), { recursive: true });
    await writeFile(join(lonely, 'package.json'), '{"type":"module"}');
    await copyFile(bin, join(lonely, 'bin/hueprint.js'));
    expectCleanError(await run(['--help'], { script: join(lonely, 'bin/hueprint.js') }), 1, /Run npm install \(or npm run build\) first\./);
  });
});
