/** Gray levels within which two shapes count as "the same gray" (twins here; a hint and another vector shape, see hintBonus). */
export const SAME_GRAY = 2;
/** Least visible pixels for a shape to be told by its footprint; smaller ones are specks (a highlight, a crumb of an edge). */
export const MIN_PIXELS = 6;
/** How far two twins' pixel counts, widths and heights may differ, as a share of the larger (one may be partly hidden). */
const SIZE_SLACK = 0.25;
/** ...and at least this many pixels of width or height, for small shapes whose sizes round by a pixel or two. */
const SIZE_SLACK_PIXELS = 2;
/** While pairing: a shape that twins hints of two colours. */
const AMBIGUOUS = -2;

/** Per shape (a vector shape, or a raster region of one gray): the pixels it shows and their bounding box, inclusive. */
export interface Footprints {
  readonly pixels: ArrayLike<number>;
  readonly left: ArrayLike<number>;
  readonly right: ArrayLike<number>;
  readonly top: ArrayLike<number>;
  readonly bottom: ArrayLike<number>;
}

/**
 * Per shape, the shape already in colour (a hint) whose twin it is, or -1.
 * Drawings repeat a part side by side (both eyes, both ears, both hands,
 * a row of buttons), as separate shapes of one size and shape, level with
 * each other: the left iris and the mirrored right one. A designer who
 * colours one means the other, and the model cannot know it from the pixels
 * (sure eyes are brown, it keeps the other brown; and the coloured one's own
 * gray, which "the same gray elsewhere" matches, is lost once it is
 * coloured). Twins here: both show at least MIN_PIXELS pixels; their pixel
 * counts, widths and heights agree within SIZE_SLACK (or SIZE_SLACK_PIXELS);
 * their vertical centres lie within half the taller's height; and they are
 * side by side, their bounding boxes apart. Of a hint's candidates, the most
 * alike picks the twins by its gray: those within SAME_GRAY of it (the other
 * eye's iris, not its white). `levels` holds each shape's gray level, -1 at
 * a hint whose gray is not known (a shape painted in colour shows its
 * colour's gray, not the art's): a hint of known gray (a raster hint's flood
 * over the gray art) has only candidates within SAME_GRAY of it, as two
 * parts side by side of one size but two grays are two colours. A shape that
 * twins hints of two different colours (`colour`, one number per colour,
 * read at hints) is left to the model (-1), and a hint has no twin. One rule
 * for vector shapes (see hintTwins) and the regions of raster art (see
 * twinRegions).
 */
export function footprintTwins(shapes: Footprints, isHint: Uint8Array, colour: ArrayLike<number>, levels: ArrayLike<number>): Int32Array {
  const { pixels, left, right, top, bottom } = shapes;
  const count = isHint.length;
  const alike = (a: number, b: number, pixelSlack: number): boolean => Math.abs(a - b) <= Math.max(pixelSlack, SIZE_SLACK * Math.max(a, b));
  const twins = new Int32Array(count).fill(-1);
  for (let t = 0; t < count; t++) {
    if (!isHint[t] || pixels[t] < MIN_PIXELS) continue;
    const tw = right[t] - left[t] + 1;
    const th = bottom[t] - top[t] + 1;
    // The candidates, and the one most alike; its gray picks the twins (the other eye's iris, not its white).
    let best = -1;
    let bestMismatch = Infinity;
    const candidates: number[] = [];
    for (let s = 0; s < count; s++) {
      if (isHint[s] || pixels[s] < MIN_PIXELS) continue;
      const w = right[s] - left[s] + 1;
      const h = bottom[s] - top[s] + 1;
      if (!alike(pixels[s], pixels[t], 0) || !alike(w, tw, SIZE_SLACK_PIXELS) || !alike(h, th, SIZE_SLACK_PIXELS)) continue;
      if (Math.abs(top[s] + bottom[s] - top[t] - bottom[t]) > Math.max(h, th)) continue; // centres apart by more than half the taller
      if (left[s] <= right[t] && left[t] <= right[s]) continue; // not side by side
      if (levels[t] >= 0 && Math.abs(levels[s] - levels[t]) > SAME_GRAY) continue;
      candidates.push(s);
      const mismatch = Math.abs(pixels[s] - pixels[t]) / pixels[t] + Math.abs(w - tw) / tw + Math.abs(h - th) / th;
      if (mismatch < bestMismatch) {
        bestMismatch = mismatch;
        best = s;
      }
    }
    for (const s of candidates) {
      if (Math.abs(levels[s] - levels[best]) > SAME_GRAY) continue;
      const first = twins[s];
      if (first === -1) twins[s] = t;
      else if (first >= 0 && colour[first] !== colour[t]) twins[s] = AMBIGUOUS;
    }
  }
  for (let s = 0; s < count; s++) if (twins[s] === AMBIGUOUS) twins[s] = -1;
  return twins;
}
