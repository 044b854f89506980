import { grayLevels } from '../inputs/grayLevels';
import { floodFromSeeds } from './floodFromSeeds';
import { REACH_LEVELS, REACH_STEP, SAME_GRAY_LEVELS } from './propagateHints';
import { FLAT_PART_PIXELS, REGION_INTERIOR } from './flatPart';
import { floodFlatPart } from './floodFlatPart';
import { decideUnpulled, type PullEvidence } from './decideUnpulled';

/** The owner floods' values: a pixel's palette index above its gray level (0–255), so a flood's tolerance also keeps to one index. */
const INDEX_SHIFT = 9;

/**
 * Which hint each pixel's colour must honour. A hint pixel owns itself. The
 * region the model gives to a hint is the hint's part: the pixels decided as
 * the hint's snapped palette index that connect to the hint through such
 * pixels (4-connected), within REACH_LEVELS of the hint's gray (its reach,
 * as propagateHints, but without the step: a resampled part's pixels dip a
 * few levels more than SAME_GRAY_LEVELS beside an edge) and from there each
 * within REACH_STEP of the neighbour it is reached from (a chained flood: it
 * follows shading but stops at an edge); and the part's antialiased border,
 * one pixel deep: a pixel decided as the hint's index next to the part whose
 * gray lies between the part's and the gray beyond it, nearer the part's
 * (the part covers most of it). Each is owned by the nearest hint pixel, so
 * it shows the designer's exact colour even where that colour is off the
 * palette.
 *
 * Not across an edge into another part the model decided as the same index:
 * on Noto's spouting whale (023) a navy hint on the body snaps to the
 * palette's dark gray, the eye's colour too, and flooding every connected
 * pixel of that index painted the eye the body's exact navy; so too a
 * raccoon's nose and mouth, a potato's spots, a turtle's eyes. They keep
 * their own decision; nor into another flat part of that index whose gray
 * lies more than SAME_GRAY_LEVELS off the hint's (see releaseOtherParts).
 * A thin line darker (or lighter) than both its sides
 * is no blend of them, so no part's border.
 *
 * `index` holds each pixel's hint palette index or -1 (see propagateHints),
 * `gray` the image decided. Returns, per pixel, the owning hint pixel's
 * position, or -1. With `pull` (each pixel's runner-up colour), a part released
 * from a hint is decided again as without its pull (see decideUnpulled):
 * `decided` (and `pull.logProbabilities`) change there.
 */
export function hintOwners(
  decided: Int32Array,
  hints: { readonly width: number; readonly index: Int32Array; readonly twins?: Int32Array },
  gray: Float32Array,
  pull?: PullEvidence,
): Int32Array {
  const { width, index, twins } = hints;
  const n = index.length;
  if (decided.length !== n) throw new RangeError(`hintOwners: ${decided.length} decisions for ${n} hint pixels.`);
  // Levels of the gray decided (grayLevels checks its size).
  const level = grayLevels(gray, new Int32Array(n));
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = ((index[i] >= 0 ? index[i] : decided[i]) << INDEX_SHIFT) | level[i];
  const owner = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let seeds = 0;
  for (let i = 0; i < n; i++) {
    if (index[i] < 0) continue;
    owner[i] = i;
    queue[seeds++] = i;
  }
  // A twin region (see twinRegions) is a part of its own: it floods from its seed, at its own gray, and shows its hint's colour.
  const hintOf = new Map<number, number>();
  for (let t = 0; twins && t < twins.length; t += 2) {
    const i = twins[t];
    if (owner[i] >= 0 || decided[i] !== index[twins[t + 1]]) continue;
    hintOf.set(i, twins[t + 1]);
    owner[i] = i;
    queue[seeds++] = i;
  }
  // The hint's reach in gray first, then on across shading beyond it.
  const filled = floodFromSeeds(width, values, values, REACH_LEVELS, owner, queue, seeds);
  const reached = floodFromSeeds(width, values, values, 255, owner, queue, filled, REACH_STEP);
  // Before twin regions take their hint's pixel as owner: a twin's seed lies in its own part.
  releaseOtherParts(owner, level, width, decided, pull);
  if (hintOf.size > 0) for (let q = 0; q < reached; q++) if (owner[queue[q]] >= 0 && index[owner[queue[q]]] < 0) owner[queue[q]] = hintOf.get(owner[queue[q]])!;
  const height = n / width;
  // The part's antialiased border: each direction from each pixel of the part, with the room the image leaves that way.
  for (let q = 0; q < reached; q++) {
    const i = queue[q];
    if (owner[i] < 0) continue;
    const x = i % width;
    const y = (i - x) / width;
    for (let k = 0; k < 4; k++) {
      const d = k === 0 ? -1 : k === 1 ? 1 : k === 2 ? -width : width;
      const room = k === 0 ? x : k === 1 ? width - 1 - x : k === 2 ? y : height - 1 - y;
      const j = i + d;
      if (room < 2 || owner[j] >= 0 || decided[j] !== index[owner[i]]) continue;
      // What lies beyond: of the next two pixels that way, the one farther in gray from the part (an edge may be two pixels wide).
      const inside = level[i];
      let outside = level[j + d];
      if (room > 2 && Math.abs(level[j + 2 * d] - inside) > Math.abs(outside - inside)) outside = level[j + 2 * d];
      const g = level[j];
      if ((g - inside) * (g - outside) < 0 && Math.abs(g - inside) < Math.abs(g - outside)) owner[j] = owner[i];
    }
  }
  return owner;
}

/**
 * Releases each flat part (see floodFlatPart; at least FLAT_PART_PIXELS) holding no hint pixel whose pixels are mostly owned by
 * hints more than SAME_GRAY_LEVELS off its gray: another part the model
 * gave the hint's palette colour, reached along an antialiased seam, not
 * the hinted part's own shading. On toonhead-cast the palette has one red
 * for the jacket (gray 62) and the undershirt (50), which touch; a dot of
 * the undershirt's true dark red gave the whole jacket that exact colour
 * (tests 007, 020, 021: pixels within 12 per channel of the truth
 * 78.1/76.2/73.4% with the dot against 87.8/90.2/87.7% without; released,
 * 92.3/91.7/92.9%). The eval's sweep moves by at most 0.1 point either way
 * (seed 1, hint seeds 1–3, both sets). With `pull`, a released part with
 * an inside (REGION_INTERIOR pixels whose four neighbours are in the part: a
 * fill of its own, not a thin band of the hinted part's shading or rim) is
 * decided again without the hint's pull (see decideUnpulled): a blue dot
 * inside 021's undershirt had left the left jacket the palette purple the
 * blue snaps to (fg within 12 per channel 80.3%, 88.5% without the dot);
 * now red, 88.4%. Thin bands: Noto's 008 takes a hinted colour its
 * training art never shows at a band's gray (10–27 px bands, 152 px right
 * only with the hint's colour over hint seeds 1–3).
 */
function releaseOtherParts(owner: Int32Array, level: Int32Array, width: number, decided: Int32Array, pull: PullEvidence | undefined): void {
  const n = owner.length;
  const part = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  // Only parts with an owned pixel: the floods cost the pixels hints own, not the image's.
  for (let s = 0; s < n; s++) {
    if (part[s] >= 0 || owner[s] < 0) continue;
    const size = floodFlatPart(level, width, part, queue, s);
    if (size < FLAT_PART_PIXELS) continue;
    let far = 0;
    for (let q = 0; q < size && far >= 0; q++) {
      const i = queue[q];
      const o = owner[i];
      if (o === i) far = -1;
      else if (o >= 0 && Math.abs(level[o] - level[i]) > SAME_GRAY_LEVELS) far++;
    }
    if (far * 2 <= size) continue;
    // The owned pixels are decided as their hints' colours (the owner floods keep to one index): those of the first's
    // colour gather at the queue's front. A pixel with all four neighbours in the part is its inside.
    let hint = -1;
    let owned = 0;
    let inside = 0;
    for (let q = 0; q < size; q++) {
      const i = queue[q];
      const x = i % width;
      if (x > 0 && x < width - 1 && part[i - 1] === s && part[i + 1] === s && part[i - width] === s && part[i + width] === s) inside++;
      if (owner[i] < 0) continue;
      owner[i] = -1;
      if (hint < 0) hint = decided[i];
      if (decided[i] === hint) queue[owned++] = i;
    }
    if (pull && inside >= REGION_INTERIOR) decideUnpulled(pull, decided, level, queue, owned, hint);
  }
}
