/**
 * SVG art: parsing, the shape map from one ID render, the colour-only
 * rewrite, bad input, and `hueprint colorize`/`train`/`eval` on SVG files
 * end to end (the real bundle as a child process, as cli.test does).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPaintSlots } from '../../cli/svg/findPaintSlots';
import { graySvg } from '../../cli/svg/graySvg';
import { parseSvg } from '../../cli/svg/parseSvg';
import { renderSvg } from '../../cli/svg/renderSvg';
import { shapeIdSvg } from '../../cli/svg/shapeIdSvg';
import { shapeMapFromRender } from '../../core/vector/shapeMapFromRender';
import type { SvgDocument } from '../../cli/svg/SvgDocument';
import { makeShapeSvgs } from '../helpers/makeShapeSvgs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'test/fixtures/vector-shapes.svg');
const shared = join(root, '../shared/art');
const COLOUR_ATTRIBUTES = new Set(['fill', 'stroke', 'stop-color', 'style']);

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/hueprint.js'), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The text outside every start tag: comments, text, end tags, white space. */
function outsideTags(doc: SvgDocument): string {
  let at = 0;
  let out = '';
  for (const e of doc.elements) {
    out += doc.text.slice(at, e.tagStart);
    at = e.tagEnd;
  }
  return out + doc.text.slice(at);
}

/** Asserts `after` is `before` with only fill, stroke and stop colours changed: same elements, same geometry, same bytes elsewhere. */
function expectOnlyColoursChanged(before: string, after: string): void {
  const a = parseSvg(before, 'before');
  const b = parseSvg(after, 'after');
  expect(b.elements.map((e) => `${e.parent}:${e.name}`)).toEqual(a.elements.map((e) => `${e.parent}:${e.name}`));
  expect(outsideTags(b)).toBe(outsideTags(a));
  a.elements.forEach((e, i) => {
    const changed = b.elements[i].attributes;
    for (const [name, value] of Object.entries(e.attributes)) if (!COLOUR_ATTRIBUTES.has(name)) expect(changed[name]).toBe(value);
    for (const name of Object.keys(changed)) if (!COLOUR_ATTRIBUTES.has(name)) expect(e.attributes[name]).toBeDefined();
    const styleWithout = (s: string | undefined) => (s ?? '').replace(/(fill|stroke|stop-color)\s*:[^;]*/g, '');
    expect(styleWithout(changed.style)).toBe(styleWithout(e.attributes.style));
  });
}

async function sharedSvgs(): Promise<string[]> {
  const paths: string[] = [];
  for (const set of ['toonhead-one', 'toonhead-cast']) {
    const dir = join(shared, set, 'svg');
    for (const name of (await readdir(dir)).sort()) paths.push(join(dir, name));
  }
  return paths;
}

describe('SVG rewrite', () => {
  it('turns all 80 shared drawings gray changing only colours: same elements and geometry, every other byte the same, a gray render', async () => {
    const paths = await sharedSvgs();
    expect(paths.length).toBe(80);
    for (const path of paths) {
      const text = await readFile(path, 'utf8');
      const gray = graySvg(text, path);
      expect(gray).not.toBe(text);
      expectOnlyColoursChanged(text, gray);
      if (path.endsWith('000.svg')) {
        const colour = renderSvg(text);
        const render = renderSvg(gray);
        let worst = 0;
        for (let p = 0; p < render.data.length; p += 4) {
          if (render.data[p + 3] !== 255) continue;
          expect(render.data[p]).toBe(render.data[p + 2]);
          const want = 0.21 * colour.data[p] + 0.72 * colour.data[p + 1] + 0.07 * colour.data[p + 2];
          worst = Math.max(worst, Math.abs(render.data[p] - want));
        }
        // Blends of gray colours are the gray of the blend, up to rounding and gamma-free compositing.
        expect(worst).toBeLessThan(3);
      }
    }
  }, 120_000);
});

describe('shape map', () => {
  it('gives each visible fill and stroke its own pixels from one render: inherited, styled, gradient, clipped; overlays and hidden shapes own none', async () => {
    const text = await readFile(fixture, 'utf8');
    const doc = parseSvg(text, 'vector-shapes.svg');
    const slots = findPaintSlots(doc);
    // circle (inherited fill), square (inline style), gradient circle, red square fill + stroke, 20% black overlay; the hidden square and the clip path's rect have none.
    expect(slots.map((s) => `${doc.elements[s.element].localName}.${s.which}.${s.paint.kind}`)).toEqual([
      'circle.fill.colour',
      'rect.fill.colour',
      'circle.fill.gradient',
      'rect.fill.colour',
      'rect.stroke.colour',
      'rect.fill.colour',
    ]);
    const map = shapeMapFromRender(renderSvg(shapeIdSvg(doc, slots)), slots.length);
    const pixels = new Array(slots.length).fill(0);
    for (const id of map.ids) if (id >= 0) pixels[id]++;
    expect(Math.abs(pixels[0] - Math.PI * 81)).toBeLessThan(20);
    // The overlay does not hide the square under it: the square owns all 18 × 18 pixels, the overlay none.
    expect(pixels[1]).toBe(324);
    expect(pixels[5]).toBe(0);
    // The clip path cuts the gradient circle at y = 48, through its middle.
    expect(pixels[2]).toBeGreaterThan(pixels[0] * 0.35);
    expect(pixels[2]).toBeLessThan(pixels[0] * 0.65);
    // A 2 px stroke around a 18 px square: a 1 px ring outside and inside it.
    expect(pixels[3]).toBe(16 * 16);
    expect(pixels[4]).toBe(20 * 20 - 16 * 16);
    // The background is no shape.
    expect(map.ids[63 * 64 + 30]).toBe(-1);
  });
});

describe('bad SVG', () => {
  it('is refused with a message that names the problem and what to do', () => {
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'a.svg')).toThrow(/a\.svg is not well-formed SVG.*Export it again/);
    expect(() => parseSvg('<html><body/></html>', 'b.svg')).toThrow(/b\.svg is XML but not SVG \(its root element is <html>\)/);
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>', 'c.svg')).toThrow(
      /c\.svg refers to another file.*reads nothing outside/,
    );
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(http://x.test/p.svg#a)"/></svg>', 'd.svg')).toThrow(
      /d\.svg refers to another file/,
    );
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>', 'e.svg')).toThrow(/e\.svg imports a style sheet/);
    expect(() => renderSvg('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="10"/>', { label: 'f.svg' })).toThrow(
      /f\.svg would render at 100000×10 px.*at most 4096/,
    );
    expect(() => parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(300)}${'</g>'.repeat(300)}</svg>`, 'g.svg')).toThrow(
      /g\.svg nests elements over 256 deep/,
    );
    expect(() => parseSvg(`<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(9 * 1024 * 1024)}--></svg>`, 'h.svg')).toThrow(/h\.svg is over 8 MB/);
  });
});

describe('hueprint on SVG files', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'hueprint-svg-'));
    const build = await run(['--version']);
    expect(build.code).toBe(0);
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('trains on SVG art, evaluates on held-out SVGs with shape-level scores, and colorizes SVG as SVG without touching the input', async () => {
    const train = join(tmp, 'train');
    const test = join(tmp, 'test');
    const gray = join(tmp, 'gray');
    await Promise.all([mkdir(train), mkdir(test), mkdir(gray)]);
    const colour = makeShapeSvgs({ count: 10, seed: 3 });
    await Promise.all(colour.map((svg, i) => writeFile(join(train, `${i}.svg`), svg)));
    await Promise.all(makeShapeSvgs({ count: 3, seed: 9 }).map((svg, i) => writeFile(join(test, `${i}.svg`), svg)));
    const stylePath = join(tmp, 'shapes.hueprint');
    const trained = await run(['train', train, '--size', '32', '--epochs', '2', '--k', '3', '-o', stylePath, '--quiet']);
    expect(trained.code, trained.stderr).toBe(0);

    const evaluated = await run(['eval', '--train-dir', train, '--test-dir', test, '--size', '32', '--epochs', '2', '--k', '3', '--json', '--quiet']);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report.vector.drawings).toBe(3);
    expect(report.vector.shapes).toBeGreaterThan(6);
    expect(report.vector.shapeAccuracy).toBeGreaterThanOrEqual(0);
    expect(report.vector.shapeAccuracy).toBeLessThanOrEqual(1);
    for (const path of ['vector', 'raster'] as const)
      for (const mode of ['flat', 'shading'] as const) expect(Number.isFinite(report.vector[path][mode].deltaE00Foreground)).toBe(true);

    const input = join(gray, 'art.svg');
    const original = makeShapeSvgs({ count: 1, seed: 9, gray: true })[0];
    await writeFile(input, original);
    const out = join(tmp, 'out');
    const colorized = await run(['colorize', stylePath, input, '-o', out]);
    expect(colorized.code, colorized.stderr).toBe(0);
    expect(colorized.stdout).toMatch(/art\.svg {2}\(\d+ of \d+ fills and strokes recoloured/);
    const result = await readFile(join(out, 'art.svg'), 'utf8');
    expectOnlyColoursChanged(original, result);
    expect(await readFile(input, 'utf8')).toBe(original);
    // Into its own folder, the output would be the input: refused, input intact.
    const clash = await run(['colorize', stylePath, input, '-o', gray]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/would overwrite the original/);
    expect(await readFile(input, 'utf8')).toBe(original);
    // Bad SVG: a clear error, nothing written.
    await writeFile(join(gray, 'bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>');
    const bad = await run(['colorize', stylePath, join(gray, 'bad.svg'), '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.svg is not well-formed SVG/);
    expect((await readdir(out)).sort()).toEqual(['art.svg']);
  }, 600_000);
});
