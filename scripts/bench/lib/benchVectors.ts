import { colorizeSvgAsync } from '../../../cli/svg/colorizeSvgAsync';
import { colorizeImage } from '../../../core/colorize/colorizeImage';
import { createRandom } from '../../../core/random/createRandom';
import type { StyleFile } from '../../../core/style/StyleFile';
import { now } from '../../../core/train/now';
import { renderSvg } from '../../../cli/svg/renderSvg';

export interface VectorBench {
  readonly shapes: number;
  readonly size: number;
  /** colorizeSvgAsync end to end: parse, render, ID render, predict at the learnt scale, pool, rewrite. */
  readonly seconds: number;
  /** The same with every pixel predicted at full resolution (the path before predicting at the learnt scale). */
  readonly fullResolutionSeconds: number;
  /** Share of recoloured shapes given the same palette colour by both paths. */
  readonly sameAsFullResolution: number;
  /** colorizeImage on the same render, the raster path, in the same run. */
  readonly rasterSeconds: number;
  readonly recoloured: number;
}

/** A gray drawing of `count` shapes (circles, rectangles, triangles of 8 grays, some stroked) on a white `size`² canvas. */
export function benchDrawing(count: number, size: number, seed = 1): string {
  const random = createRandom(seed);
  const grays = [40, 70, 100, 130, 160, 190, 210, 230].map((g) => `#${g.toString(16).repeat(3)}`);
  const shapes: string[] = [`<rect width="${size}" height="${size}" fill="#fff"/>`];
  for (let i = 1; i < count; i++) {
    const x = Math.round(random() * size);
    const y = Math.round(random() * size);
    const r = Math.round(8 + random() * size * 0.05);
    const fill = grays[Math.floor(random() * grays.length)];
    const stroke = random() < 0.2 ? ` stroke="#222" stroke-width="3"` : '';
    const kind = random();
    shapes.push(
      kind < 0.4
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"${stroke}/>`
        : kind < 0.7
          ? `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${r}" fill="${fill}"${stroke}/>`
          : `<path d="M${x} ${y - r}L${x + r} ${y + r}L${x - r} ${y + r}Z" fill="${fill}"${stroke}/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">\n${shapes.join('\n')}\n</svg>\n`;
}

/**
 * Seconds to colorize a 500-shape drawing at 1024² as vectors, beside the same
 * with every pixel predicted at full resolution and beside the raster path;
 * best of `repeats` after a warm-up.
 */
export async function benchVectors(style: StyleFile, repeats: number, shapes = 500, size = 1024): Promise<VectorBench> {
  const svg = benchDrawing(shapes, size);
  await colorizeSvgAsync(style, benchDrawing(20, 64));
  const timed = async (fullResolution: boolean): Promise<{ seconds: number; result: Awaited<ReturnType<typeof colorizeSvgAsync>> }> => {
    let seconds = Infinity;
    let result: Awaited<ReturnType<typeof colorizeSvgAsync>> | undefined;
    for (let r = 0; r < repeats; r++) {
      const started = now();
      result = await colorizeSvgAsync(style, svg, { fullResolution });
      seconds = Math.min(seconds, (now() - started) / 1000);
    }
    return { seconds, result: result! };
  };
  const fast = await timed(false);
  const full = await timed(true);
  const best = fast.seconds;
  const recoloured = fast.result.recoloured;
  let same = 0;
  let decided = 0;
  fast.result.colours.paletteIndex.forEach((c, i) => {
    if (c < 0 && full.result.colours.paletteIndex[i] < 0) return;
    decided++;
    if (c === full.result.colours.paletteIndex[i]) same++;
  });
  const image = renderSvg(svg);
  let raster = Infinity;
  for (let r = 0; r < repeats; r++) {
    const started = now();
    await colorizeImage(style, image);
    raster = Math.min(raster, (now() - started) / 1000);
  }
  return {
    shapes,
    size,
    seconds: best,
    fullResolutionSeconds: full.seconds,
    sameAsFullResolution: same / Math.max(1, decided),
    rasterSeconds: raster,
    recoloured,
  };
}
