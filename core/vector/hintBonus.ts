import { rgbToLab } from '../colour/rgbToLab';
import { grayOf } from '../colour/grayOf';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import type { Palette } from '../types';
import { SAME_GRAY } from '../hints/footprintTwins';
import type { ShapeHints } from './ShapeMap';

/** Per-pixel log-odds a hint lends its colour in other shapes of its gray: a factor of 4. */
const HINT_LOG_ODDS = Math.log(4);

/**
 * Evidence that shapes already in colour lend the others (count × K, in
 * per-pixel log-probability units): in the same drawing, a gray shape of the
 * same gray as a coloured one is more likely to be that colour (skin parts,
 * both eyes, a repeated motif). The hint's colour counts as its nearest
 * palette colour. Undefined when there is no hint.
 */
export function hintBonus(hints: ShapeHints, levels: Uint8Array, palette: Palette): Float64Array | undefined {
  const count = levels.length;
  const k = palette.frequency.length;
  const hinted: { level: number; colour: number }[] = [];
  for (let s = 0; s < count; s++) {
    if (!hints.isHint[s]) continue;
    const [r, g, b] = [hints.rgb[s * 3], hints.rgb[s * 3 + 1], hints.rgb[s * 3 + 2]];
    const lab = rgbToLab(r, g, b);
    hinted.push({ level: Math.round(grayOf(r, g, b)), colour: nearestPaletteIndex(lab[0], lab[1], lab[2], palette) });
  }
  if (hinted.length === 0) return undefined;
  const bonus = new Float64Array(count * k);
  for (let s = 0; s < count; s++) {
    if (hints.isHint[s]) continue;
    for (const h of hinted) if (Math.abs(levels[s] - h.level) <= SAME_GRAY) bonus[s * k + h.colour] += HINT_LOG_ODDS;
  }
  return bonus;
}
