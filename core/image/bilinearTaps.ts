import { halfPixelSource } from './halfPixelSource';

/** For each output column (or row): the two source columns (rows) it blends (`lo`, `hi`) and the weight of `hi`. */
export interface BilinearTaps {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly frac: Float32Array;
}

/** The taps of every output column or row, computed once per image instead of once per pixel or row (see halfPixelSource). */
export function bilinearTaps(source: number, target: number): BilinearTaps {
  const lo = new Int32Array(target);
  const hi = new Int32Array(target);
  const frac = new Float32Array(target);
  for (let x = 0; x < target; x++) {
    const s = halfPixelSource(x, source, target);
    lo[x] = Math.floor(s);
    hi[x] = Math.min(source - 1, lo[x] + 1);
    frac[x] = s - lo[x];
  }
  return { lo, hi, frac };
}
