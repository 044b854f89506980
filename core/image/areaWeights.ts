/**
 * For resampling one axis from `srcLen` to `dstLen` samples by area
 * averaging: output i covers source interval [i·s, (i+1)·s) with s =
 * srcLen/dstLen, and each source sample contributes the length of its
 * overlap, normalised to sum to 1. Flattened: output i uses the samples
 * start[i] … start[i]+count[i]-1 with weights weight[offset[i] …].
 */
export function areaWeights(
  srcLen: number,
  dstLen: number,
): {
  start: Int32Array;
  count: Int32Array;
  offset: Int32Array;
  weight: Float32Array;
} {
  const scale = srcLen / dstLen;
  const start = new Int32Array(dstLen);
  const count = new Int32Array(dstLen);
  const offset = new Int32Array(dstLen);
  const weights: number[] = [];
  for (let i = 0; i < dstLen; i++) {
    const lo = i * scale;
    const hi = Math.min(srcLen, (i + 1) * scale);
    const first = Math.floor(lo);
    const last = Math.min(srcLen - 1, Math.ceil(hi) - 1);
    start[i] = first;
    offset[i] = weights.length;
    for (let s = first; s <= last; s++) {
      const overlap = Math.min(hi, s + 1) - Math.max(lo, s);
      weights.push(overlap / (hi - lo));
    }
    count[i] = last - first + 1;
  }
  return { start, count, offset, weight: Float32Array.from(weights) };
}
