import type { Rgba8Image } from '../../core/types';

/**
 * The overlay's one accent, Figma's selection blue: designers read it as a mark on the canvas, not as paint.
 * The preview under it is shown in gray (styles.css `.unsure`), so no colour of the art can be taken for it.
 */
const OVERLAY_RGB = [13, 153, 255] as const;
/** The accent for the legend's CSS, from the one definition above. */
export const OVERLAY_CSS = `rgb(${OVERLAY_RGB})`;
/** Below this normalized entropy a pixel counts as sure and stays clear. */
const SURE = 0.15;
/** Diagonal hatching, one stripe every HATCH px: hatched reads as "marked", a wash would read as colour. */
const HATCH = 4;

/**
 * An image to lay over the preview that shows where the model is unsure:
 * pixels whose normalized entropy (0 sure … 1 undecided, from core) is over
 * SURE get diagonal stripes of the accent, more opaque the less sure; sure
 * pixels, the gaps between stripes and transparent pixels of the art stay clear.
 */
export function uncertaintyOverlay(uncertainty: Float32Array, art: Rgba8Image): Rgba8Image {
  const { width, height } = art;
  if (uncertainty.length !== width * height) throw new RangeError(`Expected ${width * height} uncertainties, got ${uncertainty.length}`);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < uncertainty.length; i++, p += 4) {
    const u = uncertainty[i];
    if (art.data[p + 3] === 0 || !(u > SURE) || ((i % width) + Math.floor(i / width)) % HATCH >= HATCH / 2) continue;
    data.set(OVERLAY_RGB, p);
    data[p + 3] = Math.round(Math.min(1, (u - SURE) / (1 - SURE)) * 255);
  }
  return { width, height, data };
}
