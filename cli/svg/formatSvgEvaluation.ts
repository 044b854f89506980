import { formatNumber, formatPercent } from '../formatting';
import type { SvgArtEvaluation } from './evaluateSvgArtAsync';

/** The vector scores of `hueprint eval` as a small table under the pixel scores. */
export function formatSvgEvaluation(e: SvgArtEvaluation): string {
  const row = (label: string, flat: number, shading: number): string =>
    `${label.padEnd(14)}${formatNumber(flat, 2).padStart(10)}${formatNumber(shading, 2).padStart(10)}\n`;
  return (
    `\n${e.drawings} SVG drawing${e.drawings === 1 ? '' : 's'} colorized as vectors, rendered; ΔE00 on the foreground:\n` +
    `${''.padEnd(14)}${'flat'.padStart(10)}${'shading'.padStart(10)}\n` +
    row('vector', e.vector.flat.deltaE00Foreground, e.vector.shading.deltaE00Foreground) +
    row('raster', e.raster.flat.deltaE00Foreground, e.raster.shading.deltaE00Foreground) +
    `shape accuracy ${formatPercent(e.shapeAccuracy)} of ${e.shapes} shapes\n`
  );
}
