import { createRandom } from '../../core/random/createRandom';
import { SHAPE_ART_COLORS } from './makeShapeArt';

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Vector shape art where colour depends on shape: each drawing has 2–4
 * circles (red) and squares (blue) of the same gray on a white rectangle,
 * at random sizes and places, as SVG text. With `gray`, every colour is its
 * gray (Gray = 0.21 R + 0.72 G + 0.07 B), as gray art to colorize.
 */
export function makeShapeSvgs(options: { count: number; size?: number; seed?: number; gray?: boolean }): string[] {
  const { count, size = 32, seed = 1, gray = false } = options;
  const random = createRandom(seed);
  const paint = (rgb: readonly number[]): string => {
    if (!gray) return hex(rgb);
    const g = Math.round(0.21 * rgb[0] + 0.72 * rgb[1] + 0.07 * rgb[2]);
    return hex([g, g, g]);
  };
  const drawings: string[] = [];
  for (let n = 0; n < count; n++) {
    const shapes: string[] = [`  <rect width="${size}" height="${size}" fill="${paint(SHAPE_ART_COLORS.background)}"/>`];
    const k = 2 + Math.floor(random() * 3);
    for (let s = 0; s < k; s++) {
      const r = Math.round(size / 10 + random() * (size / 6));
      const cx = Math.round(r + random() * (size - 2 * r));
      const cy = Math.round(r + random() * (size - 2 * r));
      shapes.push(
        random() < 0.5
          ? `  <circle cx="${cx}" cy="${cy}" r="${r}" fill="${paint(SHAPE_ART_COLORS.circle)}"/>`
          : `  <rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${paint(SHAPE_ART_COLORS.square)}"/>`,
      );
    }
    drawings.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">\n${shapes.join('\n')}\n</svg>\n`);
  }
  return drawings;
}
