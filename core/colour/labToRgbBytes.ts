import { labToRgb } from './labToRgb';

/**
 * Many CIELAB colours (three floats each) → sRGB bytes (three each), rounded
 * and clamped to the gamut. Cluster centres can fall slightly outside sRGB;
 * clamping per channel is what a designer's colour picker would show.
 */
export function labToRgbBytes(lab: ArrayLike<number>, out: Uint8Array = new Uint8Array(lab.length)): Uint8Array {
  if (lab.length % 3 !== 0) {
    throw new RangeError(`labToRgbBytes: ${lab.length} floats is not a whole number of Lab triples.`);
  }
  const tmp = new Float64Array(3);
  for (let i = 0; i < lab.length; i += 3) {
    labToRgb(lab[i], lab[i + 1], lab[i + 2], tmp);
    for (let c = 0; c < 3; c++) {
      const v = Math.round(tmp[c]);
      out[i + c] = v < 0 || Number.isNaN(v) ? 0 : Math.min(v, 255);
    }
  }
  return out;
}
