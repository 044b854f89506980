import { rgbToLab } from '../colour/rgbToLab';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import type { Palette } from '../types';
import type { HintMap } from './HintMap';

/** The least chroma (CIELAB) of a mark's core for the mark to be told from gray at all. */
const MIN_CORE_CHROMA = 15;
/** Pixels at least this share of the core's chroma are the mark's core. */
const CORE_SHARE = 0.9;
/** How far (radians of a*b* hue) a pixel's hue may lie from the core's and still be the core's colour, blended. */
const HUE_SLACK = Math.PI / 6;
/** How far (px, 8-neighbourhood) from the mark's edge its soft rim reaches: a 2 px soft brush, antialiasing. */
const RIM_PIXELS = 2;

/**
 * The colour each hint pixel lends the region it owns: the core colour of
 * its mark. A mark painted with a soft or antialiased brush is a core of
 * one colour inside a rim of blends of that colour and the gray under it,
 * each pixel a hint of its own, duller colour; the region a rim pixel owns
 * (see hintOwners) took that dull colour, so a red stroke on a cherry left
 * the cherry in streaks of 29 dull reds, and steered the model with them
 * (a designer's trial: only the stroke itself came out red). Here a mark
 * (8-connected hint pixels) whose pixels all share the hue of its most
 * chromatic pixel (within HUE_SLACK) and whose duller pixels all lie within
 * RIM_PIXELS of its edge lends its core's colour (the commonest colour of
 * at least CORE_SHARE of the top chroma) from every pixel, and the model
 * reasons with that colour's palette index. The hint pixels themselves still
 * show exactly their own colours (see paintPixels). A part coloured in its
 * true colours, with shadows wider than a rim, or marks of several colours
 * that touch, are left as they are. Returns `hints` itself when no mark
 * changes.
 */
export function withMarkColours(hints: HintMap, palette: Palette): HintMap {
  const { width, height, positions, exactRgb } = hints;
  const count = positions.length;
  if (count === 0) return hints;
  // Per pixel, its hint (+1), 0 for none.
  const at = new Int32Array(width * height);
  for (let h = 0; h < count; h++) at[positions[h]] = h + 1;
  const around = new Int32Array(8);
  const chroma = new Float64Array(count);
  const hue = new Float64Array(count);
  const lab = new Float64Array(3);
  for (let h = 0; h < count; h++) {
    rgbToLab(exactRgb[h * 3], exactRgb[h * 3 + 1], exactRgb[h * 3 + 2], lab);
    chroma[h] = Math.hypot(lab[1], lab[2]);
    hue[h] = Math.atan2(lab[2], lab[1]);
  }
  // Distance (8-neighbourhood) from each hint pixel to the nearest pixel that is no hint, up to RIM_PIXELS + 1.
  const depth = new Uint8Array(count).fill(RIM_PIXELS + 1);
  for (let h = 0; h < count; h++) {
    neighboursOf(positions[h], width, height, around);
    for (const j of around) if (j < 0 || at[j] === 0) depth[h] = 1;
  }
  for (let d = 2; d <= RIM_PIXELS; d++) {
    for (let h = 0; h < count; h++) {
      if (depth[h] <= d) continue;
      neighboursOf(positions[h], width, height, around);
      for (const j of around) if (j >= 0 && at[j] > 0 && depth[at[j] - 1] === d - 1) depth[h] = d;
    }
  }
  let markRgb: Uint8Array | undefined;
  let paletteIndex = hints.paletteIndex;
  const seen = new Uint8Array(count);
  const mark: number[] = [];
  for (let start = 0; start < count; start++) {
    if (seen[start]) continue;
    mark.length = 0;
    seen[start] = 1;
    mark.push(start);
    for (let m = 0; m < mark.length; m++) {
      neighboursOf(positions[mark[m]], width, height, around);
      for (const j of around) {
        const k = j < 0 ? -1 : at[j] - 1;
        if (k >= 0 && !seen[k]) {
          seen[k] = 1;
          mark.push(k);
        }
      }
    }
    let core = mark[0];
    for (const h of mark) if (chroma[h] > chroma[core]) core = h;
    if (chroma[core] < MIN_CORE_CHROMA) continue;
    let oneColour = true;
    for (const h of mark) {
      const turn = Math.abs(Math.atan2(Math.sin(hue[h] - hue[core]), Math.cos(hue[h] - hue[core])));
      const dull = chroma[h] < CORE_SHARE * chroma[core];
      // A gray-ish blend's hue is noise; its chroma alone says it is a rim (but it must lie on the rim).
      if ((turn > HUE_SLACK && chroma[h] >= 0.25 * chroma[core]) || (dull && depth[h] > RIM_PIXELS)) {
        oneColour = false;
        break;
      }
    }
    if (!oneColour) continue;
    // The core's colour: the commonest among its most chromatic pixels.
    const votes = new Map<number, number>();
    let best = -1;
    let most = 0;
    for (const h of mark) {
      if (chroma[h] < CORE_SHARE * chroma[core]) continue;
      const key = (exactRgb[h * 3] << 16) | (exactRgb[h * 3 + 1] << 8) | exactRgb[h * 3 + 2];
      const v = (votes.get(key) ?? 0) + 1;
      votes.set(key, v);
      if (v > most) {
        most = v;
        best = key;
      }
    }
    const r = best >> 16;
    const g = (best >> 8) & 255;
    const b = best & 255;
    if (mark.every((h) => exactRgb[h * 3] === r && exactRgb[h * 3 + 1] === g && exactRgb[h * 3 + 2] === b)) continue;
    if (!markRgb) {
      markRgb = exactRgb.slice();
      paletteIndex = hints.paletteIndex.slice();
    }
    rgbToLab(r, g, b, lab);
    const c = nearestPaletteIndex(lab[0], lab[1], lab[2], palette);
    for (const h of mark) {
      markRgb[h * 3] = r;
      markRgb[h * 3 + 1] = g;
      markRgb[h * 3 + 2] = b;
      paletteIndex[h] = c;
    }
  }
  return markRgb ? { ...hints, paletteIndex, markRgb } : hints;
}

/** The 8 neighbours of pixel `i` into `out`, -1 past the image's edge. */
function neighboursOf(i: number, width: number, height: number, out: Int32Array): void {
  const x = i % width;
  const y = (i - x) / width;
  let k = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if (dx === 0 && dy === 0) continue;
      const xx = x + dx;
      const yy = y + dy;
      out[k++] = xx < 0 || yy < 0 || xx >= width || yy >= height ? -1 : yy * width + xx;
    }
  }
}
