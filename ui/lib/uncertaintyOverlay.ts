import { UNSURE_DOUBT } from '../../core/colorize/unsureParts';
import type { Rgba8Image } from '../../core/types';

/** The overlay's one accent, Figma's selection blue: designers read it as a mark on the canvas, not as paint. */
const OVERLAY_RGB = [13, 153, 255] as const;
/** The accent for the legend's CSS, from the one definition above. */
export const OVERLAY_CSS = `rgb(${OVERLAY_RGB})`;
/** Beside each stripe, so it shows on blue and dark art too. */
const EDGE_RGBA = [255, 255, 255, 255] as const;
/** Diagonal stripes, one every HATCH px: hatched reads as "marked", a wash would read as colour. */
const HATCH = 6;
/** Each stripe's width, in px of HATCH: the preview still shows between stripes. */
const STRIPE = 3;

/**
 * An image to lay over the preview that marks the parts where a hint helps most (core's unsureParts: the few flat parts
 * the model is least sure of, non-zero in `uncertainty`): solid stripes of the accent, each with a white edge, over the
 * colours as they are. Everything else, the gaps between stripes and transparent pixels of the art stay clear. Brought
 * up bilinearly from the scale the network ran, the map blurs at each part's edge: a pixel counts as in the part from
 * half the least doubt a shown part has (UNSURE_DOUBT), about where it is half in.
 */
export function uncertaintyOverlay(uncertainty: Float32Array, art: Rgba8Image): Rgba8Image {
  const { width, height } = art;
  if (uncertainty.length !== width * height) throw new RangeError(`Expected ${width * height} uncertainties, got ${uncertainty.length}`);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < uncertainty.length; i++, p += 4) {
    if (art.data[p + 3] === 0 || !(uncertainty[i] >= UNSURE_DOUBT / 2)) continue;
    const phase = ((i % width) + Math.floor(i / width)) % HATCH;
    if (phase < STRIPE) {
      data.set(OVERLAY_RGB, p);
      data[p + 3] = 255;
    } else if (phase === STRIPE) data.set(EDGE_RGBA, p);
  }
  return { width, height, data };
}
