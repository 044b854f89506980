import type { Rgba8Image } from '../types';
import { markOfHintPixels } from './markOfHintPixels';

/**
 * Number of marks in a hint image: connected groups (8-connected) of hint
 * pixels (alpha ≥ 128), as a designer counts the dots and strokes they drew.
 */
export function countHintMarks(hints: Rgba8Image): number {
  const { width, height, data } = hints;
  const n = width * height;
  const positions = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (data[i * 4 + 3] >= 128) positions[count++] = i;
  const mark = markOfHintPixels(positions.subarray(0, count), width);
  let marks = 0;
  for (let h = 0; h < count; h++) if (mark[h] === h) marks++;
  return marks;
}
