import { grayLevel } from '../train/buildLookup';

/**
 * The prior's log-probabilities for every pixel, [pixels × K], looked up on
 * the host: one row copy per pixel, instead of a GatherV2 in the graph.
 * Levels are rounded as buildPrior and buildLookup round them.
 */
export function lookupPrior(gray: Float32Array, table: Float32Array, k: number): Float32Array {
  const out = new Float32Array(gray.length * k);
  for (let i = 0; i < gray.length; i++) {
    const row = grayLevel(gray[i]) * k;
    out.set(table.subarray(row, row + k), i * k);
  }
  return out;
}
