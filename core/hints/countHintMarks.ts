import type { Rgba8Image } from '../types';

/**
 * Number of marks in a hint image: connected groups (8-connected) of hint
 * pixels (alpha ≥ 128), as a designer counts the dots and strokes they drew.
 */
export function countHintMarks(hints: Rgba8Image): number {
  const { width, height, data } = hints;
  const n = width * height;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  let marks = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start] || data[start * 4 + 3] < 128) continue;
    marks++;
    seen[start] = 1;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const i = stack[--top];
      const x = i % width;
      const y = (i - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (seen[j] || data[j * 4 + 3] < 128) continue;
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
  }
  return marks;
}
