import type { Rgba8Image } from '../types';

/**
 * RGBA bytes → floats with colour multiplied by alpha (in [0, 1] per channel,
 * alpha last). Resampling premultiplied colour weights each pixel's colour by
 * how opaque it is, so transparent pixels (often stored as black) cannot
 * bleed dark fringes into their neighbours.
 */
export function premultiply(img: Rgba8Image): Float32Array {
  const d = img.data;
  const out = new Float32Array(d.length);
  for (let i = 0; i < d.length; i += 4) {
    const a = d[i + 3] / 255;
    const k = a / 255;
    out[i] = d[i] * k;
    out[i + 1] = d[i + 1] * k;
    out[i + 2] = d[i + 2] * k;
    out[i + 3] = a;
  }
  return out;
}
