import type { Rgba8Image } from '../types';

/**
 * The inverse of premultiply: floats with premultiplied colour → straight
 * RGBA bytes, rounded and clamped. A pixel whose alpha rounds to 0 has no
 * meaningful colour and becomes transparent black.
 */
export function unpremultiply(src: Float32Array, width: number, height: number): Rgba8Image {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    const a = src[i + 3];
    const a8 = Math.round(a * 255);
    if (a8 <= 0) continue;
    const k = 255 / a;
    data[i] = clampByte(src[i] * k);
    data[i + 1] = clampByte(src[i + 1] * k);
    data[i + 2] = clampByte(src[i + 2] * k);
    data[i + 3] = Math.min(a8, 255);
  }
  return { width, height, data };
}

function clampByte(v: number): number {
  const r = Math.round(v);
  return r < 0 ? 0 : Math.min(r, 255);
}
