import { shadeColour } from './shadingTable';

/**
 * shadeColour as sRGB bytes written into `out` at `offset`: the colour with
 * CIELAB chroma (a0, b0) whose gray is `level` (the keep-shading rule for one
 * shape or gradient stop).
 */
export function shadedColour(a0: number, b0: number, level: number, out: Uint8Array, offset = 0, scratch: Float64Array = new Float64Array(3)): void {
  shadeColour(a0, b0, level, scratch);
  for (let ch = 0; ch < 3; ch++) out[offset + ch] = Math.max(0, Math.min(255, Math.round(scratch[ch])));
}
