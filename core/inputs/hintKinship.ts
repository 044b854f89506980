import type { HintHues, Palette } from '../types';

/**
 * CIELAB chroma under which a palette colour is neutral, without a hue to
 * pull toward (see hintKinship). The styles' palettes put their grays,
 * white and black under 2 and their first tinted colours (a pale blue-gray
 * highlight, a cream) at 5–10; measured on the eval's Noto style (hint seeds
 * 1–3), 6 did as well as 12 or 20 everywhere and better at seed 3.
 */
export const NEUTRAL_CHROMA = 6;

/**
 * How much a hinted palette colour h vouches for palette colour c elsewhere
 * in the same image, as a K × K table (row h, column c): `floor` +
 * exp(−d² / 2σ²), d the CIELAB a*b* distance between them (lightness
 * ignored: a part's shades and its neighbours often share its hue at other
 * grays, an orange crust's dark side, a leaf's stem). priorRowsOf weights
 * the prior of pixels no hint reaches by the best of the hinted colours'
 * rows (see FcnConfig.hintHues, measureHintSettings).
 *
 * A neutral hinted colour (chroma under NEUTRAL_CHROMA: white, grays,
 * black) has no hue, so it vouches for nothing: its row is all zero, and
 * where every hinted colour is neutral nothing is pulled (see priorRowsOf).
 * Its row once vouched for the other neutrals alone, so one white or gray
 * hint turned every part no hint reached gray: in a designer's trial a dot
 * on a Noto deer's pale leg rim (snapped to the palette's light gray) left
 * the whole orange deer gray, 65.9% → 7.7% of it right. What a neutral
 * hint still says (a gray dot on a gray koala: the rest is likely gray too)
 * is lost: tester4's 37 one-dot Noto drawings lose 0.4 points. The eval
 * (Noto, the style retrained so, share of the gap at 1/2/5/10/20 hints):
 * seed 1 50.5/58.0/82.7/92.5/96.8% → 48.0/56.3/84.6/93.2/97.5%, mean over
 * hint seeds 1–3 +0.4/+3.8/+4.4/−0.2/+0.2 points; toonhead-cast has no pull.
 */
export function hintKinship(palette: Palette, { sigma, floor }: HintHues): Float32Array {
  const k = palette.frequency.length;
  const lab = palette.lab;
  const table = new Float32Array(k * k);
  for (let h = 0; h < k; h++) {
    if (Math.hypot(lab[h * 3 + 1], lab[h * 3 + 2]) < NEUTRAL_CHROMA) continue;
    for (let c = 0; c < k; c++) {
      const da = lab[h * 3 + 1] - lab[c * 3 + 1];
      const db = lab[h * 3 + 2] - lab[c * 3 + 2];
      table[h * k + c] = floor + Math.exp(-(da * da + db * db) / (2 * sigma * sigma));
    }
  }
  return table;
}
