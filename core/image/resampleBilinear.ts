/**
 * Bilinear resampling of `channels` interleaved float channels with pixel
 * centres aligned ((x + 0.5)·scale − 0.5, edges clamped), the convention of
 * canvas, OpenCV and tf.image.resizeBilinear(halfPixelCenters), so an image
 * scaled here and in the browser lines up.
 */
export function resampleBilinear(src: Float32Array, channels: number, sw: number, sh: number, dw: number, dh: number): Float32Array {
  const x0 = new Int32Array(dw);
  const x1 = new Int32Array(dw);
  const fx = new Float32Array(dw);
  for (let x = 0; x < dw; x++) {
    const sx = Math.min(sw - 1, Math.max(0, ((x + 0.5) * sw) / dw - 0.5));
    x0[x] = Math.floor(sx);
    x1[x] = Math.min(sw - 1, x0[x] + 1);
    fx[x] = sx - x0[x];
  }
  const out = new Float32Array(dw * dh * channels);
  for (let y = 0; y < dh; y++) {
    const sy = Math.min(sh - 1, Math.max(0, ((y + 0.5) * sh) / dh - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const fy = sy - y0;
    const r0 = y0 * sw * channels;
    const r1 = y1 * sw * channels;
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
