import { grayOf } from '../colour/grayOf';
import { rgbToLab } from '../colour/rgbToLab';
import type { HintMap } from '../hints/HintMap';
import type { HintPaint } from './paintPixels';
import { shadeColour } from './shadingTable';

/**
 * Hint colours whose 256 shaded levels are kept in a typed table (1 kB
 * each, 4 MB at most); a partly coloured image's further colours use a Map.
 */
const TABLED_COLOURS = 4096;
const NOT_YET = -1;

/**
 * Shading mode's colour for a pixel a hint owns: at the hint's own gray
 * level, its exact colour; elsewhere its hue and chroma at the pixel's gray
 * (as shadingTable does for palette colours). A hint pixel is no exception:
 * in partly coloured art its gray is its colour's, so it shows as it is,
 * while a mark drawn over gray art (a frame's dot) lies over the art's own
 * shading, which it takes like the rest of its region; kept exact, each
 * mark left a flat disc in the shaded part once the marks were removed. Cached per colour and level, without collisions: a shaded
 * colour costs up to 275 Lab→RGB conversions (shadeColour's search). Each
 * owner's colour gets a row of 256 levels in a typed table, found once per
 * owner; before, one Map keyed by colour × 256 + level (numbers past 2³¹,
 * hashed as doubles) cost 45–90 ms per 700 k owned pixels, what 20 hint
 * dots own at 1024² (scratch microbenchmark, same outputs).
 */
export function hintShader(hints: HintMap): HintPaint {
  const { exactRgb } = hints;
  const rowOfOwner = new Int32Array(hints.positions.length).fill(NOT_YET);
  const rowOfColour = new Map<number, number>();
  let table = new Int32Array(0);
  let rows = 0;
  const overflow = new Map<number, number>();
  const lab = new Float64Array(3);
  const shaded = new Float64Array(3);
  const byte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  const shade = (r: number, g: number, b: number, level: number): number => {
    rgbToLab(r, g, b, lab);
    shadeColour(lab[1], lab[2], level, shaded);
    return (byte(shaded[0]) << 16) | (byte(shaded[1]) << 8) | byte(shaded[2]);
  };
  /** The owner's table row, or TABLED_COLOURS when the table is full. */
  const rowOf = (owner: number, rgb: number): number => {
    let row = rowOfColour.get(rgb);
    if (row === undefined) {
      row = Math.min(rows, TABLED_COLOURS);
      if (row < TABLED_COLOURS) {
        if ((row + 1) * 256 > table.length) {
          const grown = new Int32Array(Math.min(TABLED_COLOURS, Math.max(16, rows * 2)) * 256).fill(NOT_YET);
          grown.set(table);
          table = grown;
        }
        rows++;
      }
      rowOfColour.set(rgb, row);
    }
    rowOfOwner[owner] = row;
    return row;
  };
  const lent = hints.markRgb ?? exactRgb;
  return (owner, level, out, p) => {
    const r = lent[owner * 3],
      g = lent[owner * 3 + 1],
      b = lent[owner * 3 + 2];
    if (Math.round(grayOf(r, g, b)) === level) {
      out[p] = r;
      out[p + 1] = g;
      out[p + 2] = b;
      return;
    }
    const rgb = (r << 16) | (g << 8) | b;
    let row = rowOfOwner[owner];
    if (row === NOT_YET) row = rowOf(owner, rgb);
    let packed: number;
    if (row < TABLED_COLOURS) {
      packed = table[row * 256 + level];
      if (packed === NOT_YET) packed = table[row * 256 + level] = shade(r, g, b, level);
    } else {
      const key = rgb * 256 + level;
      packed = overflow.get(key) ?? NOT_YET;
      if (packed === NOT_YET) {
        packed = shade(r, g, b, level);
        overflow.set(key, packed);
      }
    }
    out[p] = packed >> 16;
    out[p + 1] = (packed >> 8) & 255;
    out[p + 2] = packed & 255;
  };
}
