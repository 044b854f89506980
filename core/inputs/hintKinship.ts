import type { HintHues, Palette } from '../types';

/**
 * How much a hinted palette colour h vouches for palette colour c elsewhere
 * in the same image, as a K × K table (row h, column c): `floor` +
 * exp(−d² / 2σ²), d the CIELAB a*b* distance between them (lightness
 * ignored: a part's shades and its neighbours often share its hue at other
 * grays, an orange crust's dark side, a leaf's stem). priorRowsOf weights
 * the prior of pixels no hint reaches by the best of the hinted colours'
 * rows (see FcnConfig.hintHues, measureHintSettings).
 */
export function hintKinship(palette: Palette, { sigma, floor }: HintHues): Float32Array {
  const k = palette.frequency.length;
  const lab = palette.lab;
  const table = new Float32Array(k * k);
  for (let h = 0; h < k; h++) {
    for (let c = 0; c < k; c++) {
      const da = lab[h * 3 + 1] - lab[c * 3 + 1];
      const db = lab[h * 3 + 2] - lab[c * 3 + 2];
      table[h * k + c] = floor + Math.exp(-(da * da + db * db) / (2 * sigma * sigma));
    }
  }
  return table;
}
