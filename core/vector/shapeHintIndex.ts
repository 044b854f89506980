import { rgbToLab } from '../colour/rgbToLab';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import type { Palette } from '../types';
import type { ShapeHints, ShapeMap } from './ShapeMap';

/**
 * The pixel hints a model that takes hints reads (see HintMap): every pixel a
 * shape already in colour shows, as its colour's nearest palette colour, so
 * the network steers the shapes around and alike to it, as it does for hints
 * painted on raster art. Undefined when no hint shape shows.
 */
export function shapeHintIndex(map: ShapeMap, hints: ShapeHints, palette: Palette): Int32Array | undefined {
  const colourOf = new Int32Array(map.count).fill(-1);
  let any = false;
  for (let s = 0; s < map.count; s++) {
    if (!hints.isHint[s]) continue;
    const lab = rgbToLab(hints.rgb[s * 3], hints.rgb[s * 3 + 1], hints.rgb[s * 3 + 2]);
    colourOf[s] = nearestPaletteIndex(lab[0], lab[1], lab[2], palette);
    any = true;
  }
  if (!any) return undefined;
  const index = new Int32Array(map.ids.length).fill(-1);
  let shown = 0;
  for (let i = 0; i < index.length; i++) {
    const id = map.ids[i];
    if (id >= 0 && colourOf[id] >= 0) {
      index[i] = colourOf[id];
      shown++;
    }
  }
  return shown > 0 ? index : undefined;
}
