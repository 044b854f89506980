import type { Rgba8Image } from '../../core/types';
import { pasteHints } from './pasteHints';

/**
 * Pastes colour marks in order (the later on top) and returns how many gave at
 * least one hint pixel: a mark outside the art, or too thin or faint to be
 * mostly opaque at this size, is no hint, and is not reported as followed.
 */
export function pasteMarks(hints: Rgba8Image['data'], width: number, height: number, marks: readonly { image: Rgba8Image; x: number; y: number }[]): number {
  let used = 0;
  for (const { image, x, y } of marks) if (pasteHints(hints, width, height, image, x, y) > 0) used++;
  return used;
}
