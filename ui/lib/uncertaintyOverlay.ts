import type { Rgba8Image } from '../../core/types';

/** The overlay's colour: a magenta that no palette of flat art is likely to hide. */
const OVERLAY_RGB = [236, 0, 140] as const;
/** Below this normalized entropy a pixel counts as sure and stays clear. */
const SURE = 0.15;

/**
 * An image to lay over the colorized result that shows where the model is
 * unsure: each pixel's normalized entropy (0 sure … 1 undecided, from core)
 * becomes the opacity of a magenta wash, clear where it is sure. Transparent
 * pixels of the art stay clear.
 */
export function uncertaintyOverlay(uncertainty: Float32Array, art: Rgba8Image): Rgba8Image {
  const { width, height } = art;
  if (uncertainty.length !== width * height) throw new RangeError(`Expected ${width * height} uncertainties, got ${uncertainty.length}`);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < uncertainty.length; i++, p += 4) {
    if (art.data[p + 3] === 0) continue;
    const u = uncertainty[i];
    if (!(u > SURE)) continue;
    data[p] = OVERLAY_RGB[0];
    data[p + 1] = OVERLAY_RGB[1];
    data[p + 2] = OVERLAY_RGB[2];
    data[p + 3] = Math.round(Math.min(1, (u - SURE) / (1 - SURE)) * 220);
  }
  return { width, height, data };
}
