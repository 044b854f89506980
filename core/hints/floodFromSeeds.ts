/**
 * Breadth-first flood over the 4-neighbours of a `width`-wide grid, from the
 * seed pixels already in `queue[0, seeds)`, all seeds at once so each pixel
 * goes to the nearest seed's region. `spread(from, to)` claims `to` for the
 * region of `from` and says whether it did; claimed pixels spread in turn.
 * `queue` holds one entry per pixel (length = pixels).
 */
export function floodFromSeeds(width: number, queue: Int32Array, seeds: number, spread: (from: number, to: number) => boolean): void {
  const n = queue.length;
  let tail = seeds;
  for (let head = 0; head < tail; head++) {
    const i = queue[head];
    const x = i % width;
    if (x > 0 && spread(i, i - 1)) queue[tail++] = i - 1;
    if (x < width - 1 && spread(i, i + 1)) queue[tail++] = i + 1;
    if (i >= width && spread(i, i - width)) queue[tail++] = i - width;
    if (i < n - width && spread(i, i + width)) queue[tail++] = i + width;
  }
}
