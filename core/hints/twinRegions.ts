import { flatWithin } from './flatWithin';
import { floodFromSeeds } from './floodFromSeeds';
import { footprintTwins, MIN_PIXELS } from './footprintTwins';
import { CANVAS_LEVEL } from './simulateHints';

/**
 * The other eye of a coloured one, in raster art: colorizing's counterpart
 * of the vector hintTwins, by the same rule (footprintTwins). Its shapes are
 * the regions of one gray, each the paint bucket's flood (floodFromSeeds
 * within `tolerance` of its seed's gray, as the hints' own `fill`) from the
 * first pixel in raster order not yet in a region whose 4-neighbours all
 * share its gray (inside a part, not on an antialiased edge), then from any
 * pixel left (a thin line's); the white canvas is left out. A region that
 * the hints' floods (`fill`) cover for the most part, in one colour, is a
 * hint of that colour; one they do not touch may be its twin; one partly
 * flooded is neither. A twin is flooded as if hinted on its region's seed:
 * the paint bucket's flood from it over the pixels no hint took, in the
 * hint's colour in `fill`, with the seed as their `owner` (at its own gray,
 * so a flood from it carries on at that gray: a painted iris keeps its own
 * luminance, its twin the iris gray), queued after queue[0, filled).
 * Returns the new end of the queue and the twins: pairs (a twin region's
 * seed, a hint pixel whose flood took its hinted twin), empty when none.
 */
export function twinRegions(
  level: Int32Array,
  width: number,
  tolerance: number,
  fill: Int32Array,
  owner: Int32Array,
  queue: Int32Array,
  filled: number,
): { filled: number; twins: Int32Array } {
  const n = level.length;
  const region = new Int32Array(n).fill(-1);
  const flood = new Int32Array(n);
  // Per region kept (MIN_PIXELS or more): its seed, footprint, the seed's gray (-1 for a painted hint), and for a hint
  // its colour and a hint pixel of it (-1 for a candidate).
  const seed: number[] = [];
  const size: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  const grays: number[] = [];
  const colour: number[] = [];
  const hintPixel: number[] = [];
  // Seeds inside parts first, then any pixel left (a line one or two pixels thick has no inside: a closed eye's arc).
  for (const insideOnly of [true, false]) {
    for (let i = 0; i < n; i++) {
      const v = level[i];
      if (region[i] >= 0 || v >= CANVAS_LEVEL) continue;
      if (insideOnly && !flatWithin(level, width, i, tolerance)) continue;
      region[i] = i;
      flood[0] = i;
      const count = floodFromSeeds(width, level, level, tolerance, region, flood, 1);
      if (count < MIN_PIXELS) continue;
      let l = width;
      let r = -1;
      let t = n;
      let b = -1;
      let flooded = 0;
      let painted = 0;
      let c = -1;
      let from = -1;
      for (let q = 0; q < count; q++) {
        const p = flood[q];
        const px = p % width;
        const py = (p - px) / width;
        if (px < l) l = px;
        if (px > r) r = px;
        if (py < t) t = py;
        if (py > b) b = py;
        const f = fill[p];
        if (f < 0) continue;
        flooded++;
        if (owner[p] === p) painted++;
        if (c === -1) {
          c = f;
          from = owner[p];
        } else if (f !== c) c = -2;
      }
      // Partly flooded, or by two colours: neither a hint nor a twin.
      if (flooded > 0 && (c < 0 || flooded * 2 < count)) continue;
      seed.push(i);
      size.push(count);
      left.push(l);
      right.push(r);
      top.push(t);
      bottom.push(b);
      // A hint region of hint pixels is a part painted in colour (partly coloured art): its gray is the colour's own.
      grays.push(painted * 2 > count ? -1 : v);
      colour.push(c);
      hintPixel.push(from);
    }
  }
  const twinOf = footprintTwins(
    { pixels: size, left, right, top, bottom },
    Uint8Array.from(hintPixel, (h) => (h >= 0 ? 1 : 0)),
    colour,
    grays,
  );
  const twins: number[] = [];
  twinOf.forEach((t, s) => {
    if (t < 0) return;
    const i = seed[s];
    queue[filled + twins.length / 2] = i;
    owner[i] = i;
    fill[i] = colour[t];
    twins.push(i, hintPixel[t]);
  });
  if (twins.length === 0) return { filled, twins: new Int32Array(0) };
  // Each twin region floods as a hint on its seed would: the paint bucket's flood, all at once after the hints'.
  const added = floodFromSeeds(width, level, level, tolerance, owner, queue.subarray(filled), twins.length / 2);
  for (let q = filled; q < filled + added; q++) fill[queue[q]] = fill[owner[queue[q]]];
  return { filled: filled + added, twins: Int32Array.from(twins) };
}
