import { grayLevel } from '../inputs/grayLevel';

/** The lookup baseline's prediction for a gray image. */
export function predictWithLookup(lookup: Int32Array, gray: Float32Array): Int32Array {
  const out = new Int32Array(gray.length);
  for (let i = 0; i < gray.length; i++) out[i] = lookup[grayLevel(gray[i])];
  return out;
}
