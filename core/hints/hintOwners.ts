import { floodFromSeeds } from './floodFromSeeds';

/**
 * Which hint each pixel's colour must honour. A hint pixel owns itself. The
 * region the model gives to a hint, the pixels whose decided palette index is
 * the hint's snapped index and that connect to the hint through such pixels
 * (4-connected), is owned by the nearest such hint pixel, so it shows the
 * designer's exact colour even where that colour is off the palette.
 * `index` holds each pixel's hint palette index or -1 (see propagateHints).
 * Returns, per pixel, the owning hint pixel's position, or -1.
 */
export function hintOwners(decided: Int32Array, hints: { readonly width: number; readonly index: Int32Array }): Int32Array {
  const { width, index } = hints;
  const n = index.length;
  if (decided.length !== n) throw new RangeError(`hintOwners: ${decided.length} decisions for ${n} hint pixels.`);
  const owner = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let seeds = 0;
  for (let i = 0; i < n; i++) {
    if (index[i] < 0) continue;
    owner[i] = i;
    queue[seeds++] = i;
  }
  // A region takes the pixels decided exactly as its hint's palette index.
  floodFromSeeds(width, decided, index, 0, owner, queue, seeds);
  return owner;
}
