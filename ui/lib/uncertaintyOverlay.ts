import type { Rgba8Image } from '../../core/types';

/** The overlay's one accent, Figma's selection blue: designers read it as a mark on the canvas, not as paint. */
const OVERLAY_RGB = [13, 153, 255] as const;
/** The accent for the legend's CSS, from the one definition above. */
export const OVERLAY_CSS = `rgb(${OVERLAY_RGB})`;
/** Beside each stripe, so it shows on blue and dark art too. */
const EDGE_RGBA = [255, 255, 255, 255] as const;
/** Below this normalized entropy a pixel counts as sure and stays clear. */
const SURE = 0.15;
/** From this normalized entropy up, stripes are at their widest (the least sure a Noto fruit preview gets, its leaf ~0.55). */
const UNSURE = 0.6;
/** Diagonal stripes, one every HATCH px: hatched reads as "marked", a wash would read as colour. */
const HATCH = 6;
/** The widest stripe, in px of HATCH: the preview still shows between stripes. */
const WIDEST = 4;

/**
 * An image to lay over the preview that shows where the model is unsure: solid stripes of the accent, each with a
 * white edge, wider the less sure (1 px just over SURE, WIDEST px from UNSURE), over the colours as they are. Sure
 * pixels, the gaps between stripes and transparent pixels of the art stay clear. The map is first eroded (a pixel
 * takes the least uncertainty of its 3×3): the model is unsure on the antialiased seam between any two parts, and
 * marked, those seams hatched every outline while the unsure parts themselves showed faint (tester2, s16 and s17).
 */
export function uncertaintyOverlay(uncertainty: Float32Array, art: Rgba8Image): Rgba8Image {
  const { width, height } = art;
  if (uncertainty.length !== width * height) throw new RangeError(`Expected ${width * height} uncertainties, got ${uncertainty.length}`);
  const least = erode3x3(erode3x3(uncertainty, width, height, 1), width, height, width);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < least.length; i++, p += 4) {
    const u = least[i];
    if (art.data[p + 3] === 0 || !(u > SURE)) continue;
    const stripe = 1 + Math.round(Math.min(1, (u - SURE) / (UNSURE - SURE)) * (WIDEST - 1));
    const phase = ((i % width) + Math.floor(i / width)) % HATCH;
    if (phase < stripe) {
      data.set(OVERLAY_RGB, p);
      data[p + 3] = 255;
    } else if (phase === stripe) data.set(EDGE_RGBA, p);
  }
  return { width, height, data };
}

/** Each value the least of itself and its neighbours `step` apart in the rows (1) or the columns (width): one pass of a 3×3 min. */
function erode3x3(values: Float32Array, width: number, height: number, step: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = i % width;
    const hasBefore = step === 1 ? x > 0 : i >= width;
    const hasAfter = step === 1 ? x < width - 1 : i < (height - 1) * width;
    out[i] = Math.min(values[i], hasBefore ? values[i - step] : values[i], hasAfter ? values[i + step] : values[i]);
  }
  return out;
}
