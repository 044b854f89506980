import { areaWeights } from './areaWeights';

/**
 * Separable area-average resampling of `channels` interleaved float channels:
 * the box filter is separable, so a horizontal then a vertical pass give
 * exactly the 2-D area average at O(pixels × (sx + sy)) instead of sx·sy.
 */
export function resampleArea(src: Float32Array, channels: number, sw: number, sh: number, dw: number, dh: number): Float32Array {
  const hx = areaWeights(sw, dw);
  const hy = areaWeights(sh, dh);
  const tmp = new Float32Array(dw * sh * channels);
  for (let y = 0; y < sh; y++) {
    const rowIn = y * sw * channels;
    const rowOut = y * dw * channels;
    for (let x = 0; x < dw; x++) {
      const o = rowOut + x * channels;
      const s0 = hx.start[x];
      const cnt = hx.count[x];
      const w0 = hx.offset[x];
      for (let k = 0; k < cnt; k++) {
        const w = hx.weight[w0 + k];
        const s = rowIn + (s0 + k) * channels;
        for (let c = 0; c < channels; c++) tmp[o + c] += w * src[s + c];
      }
    }
  }
  const out = new Float32Array(dw * dh * channels);
  const rowLen = dw * channels;
  for (let y = 0; y < dh; y++) {
    const o = y * rowLen;
    const s0 = hy.start[y];
    const cnt = hy.count[y];
    const w0 = hy.offset[y];
    for (let k = 0; k < cnt; k++) {
      const w = hy.weight[w0 + k];
      const s = (s0 + k) * rowLen;
      for (let i = 0; i < rowLen; i++) out[o + i] += w * tmp[s + i];
    }
  }
  return out;
}
