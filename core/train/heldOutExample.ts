import { resizeAreaAverage } from '../image';
import type { GrayImage, Palette, Rgba8Image } from '../types';

/** Longest side of a held-out example: enough for a before/after on the result screen, and bounded (3 × 256² RGBA ≈ 0.8 MB). */
export const HELD_OUT_EXAMPLE_SIDE = 256;

/**
 * One held-out image as the model saw and coloured it, for a designer to judge by eye: the gray it was given,
 * the model's colours (flat palette colours, the held-out prediction of the last scored epoch) and the real
 * colours, all the same size. Never saved with the style.
 */
export interface HeldOutExample {
  readonly gray: Rgba8Image;
  readonly colorized: Rgba8Image;
  readonly original: Rgba8Image;
}

/**
 * The held-out `original` (fitted for the model), its `gray` input and the model's palette `predicted` for
 * each pixel, as three RGBA images that keep the original's alpha, scaled down to at most
 * HELD_OUT_EXAMPLE_SIDE.
 */
export function heldOutExample(original: Rgba8Image, gray: GrayImage, predicted: Int32Array, palette: Palette): HeldOutExample {
  const { width, height } = original;
  const n = width * height;
  if (gray.width !== width || gray.height !== height || predicted.length !== n) {
    throw new RangeError(
      `heldOutExample: the gray (${gray.width}×${gray.height}) and the prediction (${predicted.length} px) must match the ${width}×${height} original.`,
    );
  }
  const grayRgba = new Uint8Array(n * 4);
  const colorized = new Uint8Array(n * 4);
  const k = palette.rgb.length / 3;
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    const level = Math.round(gray.data[i] * 255);
    grayRgba[o] = level;
    grayRgba[o + 1] = level;
    grayRgba[o + 2] = level;
    const alpha = original.data[o + 3];
    grayRgba[o + 3] = alpha;
    const index = predicted[i];
    if (index >= 0 && index < k) {
      colorized[o] = palette.rgb[index * 3];
      colorized[o + 1] = palette.rgb[index * 3 + 1];
      colorized[o + 2] = palette.rgb[index * 3 + 2];
      colorized[o + 3] = alpha;
    }
  }
  const images = [{ width, height, data: grayRgba }, { width, height, data: colorized }, original];
  const side = Math.max(width, height);
  const fit = (image: Rgba8Image): Rgba8Image => {
    if (side <= HELD_OUT_EXAMPLE_SIDE) return image;
    const scale = HELD_OUT_EXAMPLE_SIDE / side;
    return resizeAreaAverage(image, Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  };
  const [g, c, o] = images.map(fit);
  return { gray: g, colorized: c, original: o };
}
