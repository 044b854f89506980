import { grayLevel } from '../train/buildLookup';

/** The prior's per-pixel inputs, looked up on the host (see forward). */
export interface PriorInputs {
  /** [pixels × K] log P(colour | gray): added to the logits. */
  readonly logPrior: Float32Array;
  /** [pixels × (1 + K)]: the centred gray, then P(colour | gray): the fcn's input. */
  readonly input: Float32Array;
}

/**
 * Everything the model derives from the context-free prior, per pixel, built
 * on the host with one row copy per pixel and table: cheaper than GatherV2,
 * Exp and Concat in the graph, which took a fifth of a 1024² colorize on
 * wasm. Levels are rounded as buildPrior and buildLookup round them.
 */
export function lookupPrior(gray: Float32Array, table: Float32Array, k: number): PriorInputs {
  const inputRows = new Float32Array(256 * (1 + k));
  for (let level = 0; level < 256; level++) {
    const o = level * (1 + k);
    inputRows[o] = (level / 255) * 2 - 1;
    for (let c = 0; c < k; c++) inputRows[o + 1 + c] = Math.exp(table[level * k + c]);
  }
  const logPrior = new Float32Array(gray.length * k);
  const input = new Float32Array(gray.length * (1 + k));
  for (let i = 0; i < gray.length; i++) {
    const level = grayLevel(gray[i]);
    logPrior.set(table.subarray(level * k, level * k + k), i * k);
    input.set(inputRows.subarray(level * (1 + k), (level + 1) * (1 + k)), i * (1 + k));
    input[i * (1 + k)] = gray[i] * 2 - 1; // the exact gray, not its level
  }
  return { logPrior, input };
}
