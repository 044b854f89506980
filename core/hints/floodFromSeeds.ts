/**
 * Multi-source breadth-first flood fill over the 4-neighbours of a
 * `width`-wide grid (the paint bucket's flood, all seeds at once so each
 * pixel goes to the nearest seed's region; ties to the seed queued first).
 * A pixel joins the region of the neighbour that reaches it when its value
 * is within `tolerance` of that region's `target` value,
 * |values[to] − target[owner]| ≤ tolerance, and, with `step`, also within
 * `step` of that neighbour's own value (a chained, "magic wand" flood that
 * follows a gradient but stops at an edge). With `claims`, a pixel whose
 * value some colour claims (claims.byValue[value] ≥ 0) joins only a region
 * whose seed has that colour (claims.ofSeed[seed]). With `alone`, a seed
 * marked 1 there floods nothing: its region is the seed alone. With
 * `beyond`, a pixel joins only when its value is more than `beyond` off the
 * target, |values[to] − target[owner]| > beyond: a flood that carries a
 * flat region on across shading (see propagateHints' reach) passes over the
 * target's own gray, which the flat flood already took wherever it was
 * connected, so any left is another part of that gray behind an edge.
 *
 * `owner` (one entry per pixel) holds -1 for unclaimed pixels and the seed's
 * position at every seed (any claimed pixel may be a seed: a flood can go on
 * from another's region); the seeds are `queue[0, seeds)`. On return `owner`
 * holds, per pixel, the position of the seed whose region took it, and
 * `queue[0, returned)` every claimed pixel in the order claimed. Typed
 * arrays and no callbacks: one pass over the flooded pixels.
 */
export function floodFromSeeds(
  width: number,
  values: Int32Array,
  target: Int32Array,
  tolerance: number,
  owner: Int32Array,
  queue: Int32Array,
  seeds: number,
  step = Infinity,
  claims?: { readonly byValue: Int32Array; readonly ofSeed: Int32Array },
  alone?: Uint8Array,
  beyond = -1,
): number {
  const n = owner.length;
  let tail = seeds;
  for (let head = 0; head < tail; head++) {
    const i = queue[head];
    const o = owner[i];
    if (alone?.[o]) continue;
    const t = target[o];
    const v = values[i];
    const x = i % width;
    // The 4 neighbours in turn (left, right, up, down); -1 past the grid's edge.
    for (let d = 0; d < 4; d++) {
      const j = d === 0 ? (x > 0 ? i - 1 : -1) : d === 1 ? (x < width - 1 ? i + 1 : -1) : d === 2 ? i - width : i + width < n ? i + width : -1;
      if (j < 0 || owner[j] >= 0) continue;
      const u = values[j];
      const off = Math.abs(u - t);
      if (off > tolerance || off <= beyond || Math.abs(u - v) > step || (claims && !open(claims, u, o))) continue;
      owner[j] = o;
      queue[tail++] = j;
    }
  }
  return tail;
}

/** Whether a pixel of `value` may join seed `o`'s region: its value is claimed by no colour, or by the seed's. */
function open(claims: { readonly byValue: Int32Array; readonly ofSeed: Int32Array }, value: number, o: number): boolean {
  const c = claims.byValue[value];
  return c < 0 || c === claims.ofSeed[o];
}
