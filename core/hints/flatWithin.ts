/** Whether every 4-neighbour of pixel `i` lies within `levels` of its gray. */
export function flatWithin(level: Int32Array, width: number, i: number, levels: number): boolean {
  const x = i % width;
  const v = level[i];
  return (
    (x === 0 || Math.abs(level[i - 1] - v) <= levels) &&
    (x === width - 1 || Math.abs(level[i + 1] - v) <= levels) &&
    (i < width || Math.abs(level[i - width] - v) <= levels) &&
    (i + width >= level.length || Math.abs(level[i + width] - v) <= levels)
  );
}
