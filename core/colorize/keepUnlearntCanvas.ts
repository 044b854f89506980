import { grayOf } from '../colour/grayOf';
import { CANVAS_LEVEL } from '../hints/simulateHints';
import { grayLevels } from '../inputs/grayLevels';
import type { Palette } from '../types';

/** A pixel index that paints nothing: the pixel is left as it is (see paintPixels). */
export const KEEP_PIXEL = -1;

/**
 * Leaves the white canvas white when the style never coloured one. Art a
 * style learns from often lies on a transparent ground (the toon cast), so
 * its palette has no colour as light as a canvas (gray ≥ CANVAS_LEVEL) and
 * its network never saw one; the same art placed in a Figma frame, whose
 * fill is white by default, came out on a dark brown ground: the network
 * gave the white it never saw the colour of the grays it knew. Here every
 * pixel at least as light as CANVAS_LEVEL becomes KEEP_PIXEL when no palette
 * colour is that light; a style that learnt a light colour (art on a white
 * ground, or with white parts) colours such pixels as it learnt. Returns how
 * many pixels are kept.
 */
export function keepUnlearntCanvas(indices: Int32Array, gray: Float32Array, palette: Palette): number {
  const rgb = palette.rgb;
  for (let c = 0; c < rgb.length; c += 3) if (grayOf(rgb[c], rgb[c + 1], rgb[c + 2]) >= CANVAS_LEVEL) return 0;
  const level = grayLevels(gray);
  let kept = 0;
  for (let i = 0; i < indices.length; i++) {
    if (level[i] >= CANVAS_LEVEL) {
      indices[i] = KEEP_PIXEL;
      kept++;
    }
  }
  return kept;
}
