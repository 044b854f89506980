import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setupBackend } from '../../cli/tf/setupBackend';
import { readImageFile } from '../../cli/io';
import { evaluateSvgArtAsync } from '../../cli/svg/evaluateSvgArtAsync';
import { evaluateStyle } from '../../core/metrics/evaluateStyle';
import { parseStyle } from '../../core/style/parseStyle';

/** See measure.js. */
export async function main(argv: readonly string[]): Promise<void> {
  const [stylePath, set] = argv.filter((a) => !a.startsWith('--'));
  if (!stylePath || !set) throw new Error('Usage: node scripts/vectors/measure.js STYLE SET [--json] [--side=N]');
  await setupBackend('wasm', () => {});
  const side = Number(argv.find((a) => a.startsWith('--side='))?.slice(7) ?? NaN);
  if (Number.isFinite(side)) {
    // Rendered at `side`: shapes decided from predictions at the learnt scale against every pixel predicted.
    const style = parseStyle(new Uint8Array(await readFile(stylePath)));
    const names = (await readdir(join(set, 'test'))).filter((n) => n.endsWith('.png')).sort();
    const svgs = names.map((n) => join(set, 'svg', `${basename(n, '.png')}.svg`));
    const fast = await evaluateSvgArtAsync(style, svgs, { renderSide: side });
    const full = await evaluateSvgArtAsync(style, svgs, { renderSide: side, fullResolution: true });
    process.stdout.write(
      `${set} at ${side} px (learnt at ${style.training.maxSide}): shape accuracy ${(fast.shapeAccuracy * 100).toFixed(1)}% predicting at the learnt scale ` +
        `vs ${(full.shapeAccuracy * 100).toFixed(1)}% predicting every pixel (${fast.shapes} shapes); vector flat foreground ΔE00 ` +
        `${fast.vector.flat.deltaE00Foreground.toFixed(2)} vs ${full.vector.flat.deltaE00Foreground.toFixed(2)}; ${fast.seconds} s vs ${full.seconds} s (vector and raster, both modes)\n`,
    );
    return;
  }
  const style = parseStyle(new Uint8Array(await readFile(stylePath)));
  const names = (await readdir(join(set, 'test'))).filter((n) => n.endsWith('.png')).sort();
  const images = await Promise.all(names.map((n) => readImageFile(join(set, 'test', n))));
  const svgs = names.map((n) => join(set, 'svg', `${basename(n, '.png')}.svg`));
  const pixel = await evaluateStyle(style, images);
  const svg = await evaluateSvgArtAsync(style, svgs);
  const lookup = pixel.lookup.deltaE00Foreground;
  const oracle = pixel.oracle.deltaE00Foreground;
  const closed = (deltaE: number): number => (lookup - deltaE) / (lookup - oracle);
  const report = {
    set,
    style: stylePath,
    epochs: style.training.epochs,
    drawings: names.length,
    deltaE00Foreground: {
      lookup,
      oracle,
      rasterModelEvaluateStyle: pixel.model.deltaE00Foreground,
      raster: { flat: svg.raster.flat.deltaE00Foreground, shading: svg.raster.shading.deltaE00Foreground },
      vector: { flat: svg.vector.flat.deltaE00Foreground, shading: svg.vector.shading.deltaE00Foreground },
    },
    gapClosed: {
      raster: { flat: closed(svg.raster.flat.deltaE00Foreground), shading: closed(svg.raster.shading.deltaE00Foreground) },
      vector: { flat: closed(svg.vector.flat.deltaE00Foreground), shading: closed(svg.vector.shading.deltaE00Foreground) },
    },
    shapeAccuracy: svg.shapeAccuracy,
    shapes: svg.shapes,
    accuracyForeground: { model: pixel.model.accuracyForeground, lookup: pixel.lookup.accuracyForeground, oracle: pixel.oracle.accuracyForeground },
    seconds: svg.seconds,
  };
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (x: number): string => x.toFixed(2).padStart(8);
  const p = (x: number): string => `${(x * 100).toFixed(0)}%`.padStart(8);
  process.stdout.write(
    `${set}: ${names.length} held-out drawings, style of ${style.training.epochs} epochs\n` +
      `foreground ΔE00   flat (closed)      shading (closed)\n` +
      `vector          ${f(report.deltaE00Foreground.vector.flat)} ${p(report.gapClosed.vector.flat)}   ${f(report.deltaE00Foreground.vector.shading)} ${p(report.gapClosed.vector.shading)}\n` +
      `raster          ${f(report.deltaE00Foreground.raster.flat)} ${p(report.gapClosed.raster.flat)}   ${f(report.deltaE00Foreground.raster.shading)} ${p(report.gapClosed.raster.shading)}\n` +
      `lookup          ${f(lookup)}\noracle          ${f(oracle)}\n` +
      `shape accuracy ${(svg.shapeAccuracy * 100).toFixed(1)}% of ${svg.shapes} shapes\n`,
  );
}
