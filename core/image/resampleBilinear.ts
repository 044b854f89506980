import { bilinearTaps } from './bilinearTaps';

/**
 * Bilinear resampling of `channels` interleaved float channels with pixel
 * centres aligned ((x + 0.5)·scale − 0.5, edges clamped), the convention of
 * canvas, OpenCV and tf.image.resizeBilinear(halfPixelCenters), so an image
 * scaled here and in the browser lines up.
 */
export function resampleBilinear(src: Float32Array, channels: number, sw: number, sh: number, dw: number, dh: number): Float32Array {
  const { lo: x0, hi: x1, frac: fx } = bilinearTaps(sw, dw);
  const out = new Float32Array(dw * dh * channels);
  const { lo: y0, hi: y1, frac: fys } = bilinearTaps(sh, dh);
  for (let y = 0; y < dh; y++) {
    const fy = fys[y];
    const r0 = y0[y] * sw * channels;
    const r1 = y1[y] * sw * channels;
    for (let x = 0; x < dw; x++) {
      const a = x0[x] * channels;
      const b = x1[x] * channels;
      const f = fx[x];
      const o = (y * dw + x) * channels;
      for (let c = 0; c < channels; c++) {
        const top = src[r0 + a + c] + f * (src[r0 + b + c] - src[r0 + a + c]);
        const bottom = src[r1 + a + c] + f * (src[r1 + b + c] - src[r1 + a + c]);
        out[o + c] = top + fy * (bottom - top);
      }
    }
  }
  return out;
}
