import { createRandom } from '../../core/random/createRandom';
import type { Rgba8Image } from '../../core/types';

/**
 * The colours of shape art. Circle red and square blue have the SAME gray
 * value (0.21 R + 0.72 G + 0.07 B = 53.55 exactly for both), so a gray →
 * colour lookup table cannot tell them apart: it is stuck near chance on
 * shape pixels, and only a model that sees the shape (context) gets them right.
 */
export const SHAPE_ART_COLORS = {
  background: [255, 255, 255] as const,
  circle: [255, 0, 0] as const,
  square: [50, 35, 255] as const,
  /** Gray level (0–255) shared by circle and square. */
  sharedGray: 53.55,
} as const;

export interface ShapeArtOptions {
  /** Number of images. */
  readonly count: number;
  /** Side in px (square images); default 32. */
  readonly size?: number;
  /** Seed; the same options always give the same images. Default 1. */
  readonly seed?: number;
  /** Render in gray (R = G = B = round(gray)), e.g. as colorize input. Default false. */
  readonly gray?: boolean;
  /** 'white' (default) or 'transparent' (alpha 0 around the shapes). */
  readonly background?: 'white' | 'transparent';
}

/**
 * Deterministic synthetic flat-colour art where colour depends on context:
 * each image has 1–3 filled shapes on a background, circles always red and
 * squares always blue, at random sizes and places (shapes may overlap; later
 * ones paint over earlier ones). Used by training, colorize and CLI tests.
 */
export function makeShapeArt(options: ShapeArtOptions): Rgba8Image[] {
  const { count, size = 32, seed = 1, gray = false, background = 'white' } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`makeShapeArt: count ${count} is not a whole number ≥ 0.`);
  if (!Number.isInteger(size) || size < 8) throw new RangeError(`makeShapeArt: size ${size} must be a whole number ≥ 8.`);
  const random = createRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const paint = (rgb: readonly number[]): [number, number, number] => {
    if (!gray) return [rgb[0], rgb[1], rgb[2]];
    const g = Math.round(0.21 * rgb[0] + 0.72 * rgb[1] + 0.07 * rgb[2]);
    return [g, g, g];
  };
  const bg = paint(SHAPE_ART_COLORS.background);
  const bgAlpha = background === 'transparent' ? 0 : 255;
  const circle = paint(SHAPE_ART_COLORS.circle);
  const square = paint(SHAPE_ART_COLORS.square);

  const images: Rgba8Image[] = [];
  for (let n = 0; n < count; n++) {
    const data = new Uint8Array(size * size * 4);
    for (let i = 0; i < data.length; i += 4) {
      data[i] = bgAlpha ? bg[0] : 0;
      data[i + 1] = bgAlpha ? bg[1] : 0;
      data[i + 2] = bgAlpha ? bg[2] : 0;
      data[i + 3] = bgAlpha;
    }
    const shapes = int(1, 3);
    for (let s = 0; s < shapes; s++) {
      const isCircle = random() < 0.5;
      const r = int(Math.max(3, Math.round(size / 10)), Math.max(4, Math.round(size / 4)));
      const cx = int(r, size - 1 - r);
      const cy = int(r, size - 1 - r);
      const colour = isCircle ? circle : square;
      for (let y = cy - r; y <= cy + r; y++) {
        for (let x = cx - r; x <= cx + r; x++) {
          const dx = x - cx;
          const dy = y - cy;
          if (isCircle && dx * dx + dy * dy > r * r + r * 0.5) continue;
          const i = (y * size + x) * 4;
          data[i] = colour[0];
          data[i + 1] = colour[1];
          data[i + 2] = colour[2];
          data[i + 3] = 255;
        }
      }
    }
    images.push({ width: size, height: size, data });
  }
  return images;
}
