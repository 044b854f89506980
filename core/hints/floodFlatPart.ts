import { FLAT_PART_LEVELS } from './flatPart';
import { floodFromSeeds } from './floodFromSeeds';

/**
 * The flat part holding pixel `s`, which no part holds yet (`part[s]` < 0):
 * the 4-connected pixels within FLAT_PART_LEVELS of `s`'s gray level,
 * flooded from `s` (floodFromSeeds, `part` its owner map: -1 free, any other
 * value taken). Returns the part's size; its pixels are `queue[0, size)`.
 * The one definition of a flat part (see forEachFlatPart, hintOwners,
 * propagateHints); a caller drops parts under FLAT_PART_PIXELS.
 */
export function floodFlatPart(level: Int32Array, width: number, part: Int32Array, queue: Int32Array, s: number): number {
  part[s] = s;
  queue[0] = s;
  return floodFromSeeds(width, level, level, FLAT_PART_LEVELS, part, queue, 1);
}
