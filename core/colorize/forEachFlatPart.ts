import { FLAT_PART_PIXELS } from '../hints/flatPart';
import { floodFlatPart } from '../hints/floodFlatPart';
import { CANVAS_LEVEL } from '../hints/simulateHints';
import { grayLevels } from '../inputs/grayLevels';

/**
 * Visits each flat part of a gray image once (see floodFlatPart: a 4-connected
 * region of pixels within FLAT_PART_LEVELS of its first pixel's gray), of at least
 * FLAT_PART_PIXELS; flat art fills each such part with a single colour, so
 * it is the unit the pipeline colours (see voteFlatParts) and the designer
 * hints (see unsureParts). Pixels `fixed` holds (≥ 0: a hint's paint
 * bucket, decided by the designer) are in no part, nor is the canvas (gray
 * ≥ CANVAS_LEVEL). `visit` gets the part's pixel positions in
 * `pixels[0, size)`, a buffer reused for the next part. Returns how many
 * pixels are off the canvas: the art, parts or not. Typed arrays, one flood
 * (floodFromSeeds) over the pixels.
 */
export function forEachFlatPart(gray: Float32Array, width: number, fixed: Int32Array | undefined, visit: (pixels: Int32Array, size: number) => void): number {
  const n = gray.length;
  const level = grayLevels(gray);
  // Each part is a flood from its first pixel (floodFromSeeds' `owner`: -1 not yet in a part); fixed pixels are in none.
  const part = new Int32Array(n).fill(-1);
  if (fixed) for (let i = 0; i < n; i++) if (fixed[i] >= 0) part[i] = i;
  const queue = new Int32Array(n);
  let art = 0;
  for (let s = 0; s < n; s++) {
    if (level[s] < CANVAS_LEVEL) art++;
    if (part[s] >= 0 || level[s] >= CANVAS_LEVEL) continue;
    const size = floodFlatPart(level, width, part, queue, s);
    if (size >= FLAT_PART_PIXELS) visit(queue, size);
  }
  return art;
}
