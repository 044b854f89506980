import type { Rgba8Image } from '../../core/types';

/** Copies a mark's mostly opaque pixels (alpha ≥ 128) into the hint image at (left, top), cropped; returns how many. */
export function pasteHints(hints: Rgba8Image['data'], width: number, height: number, mark: Rgba8Image, left: number, top: number): number {
  let pasted = 0;
  for (let y = Math.max(0, -top); y < mark.height && top + y < height; y++) {
    for (let x = Math.max(0, -left); x < mark.width && left + x < width; x++) {
      const s = (y * mark.width + x) * 4;
      if (mark.data[s + 3] < 128) continue;
      const d = ((top + y) * width + left + x) * 4;
      hints[d] = mark.data[s];
      hints[d + 1] = mark.data[s + 1];
      hints[d + 2] = mark.data[s + 2];
      hints[d + 3] = 255;
      pasted++;
    }
  }
  return pasted;
}
