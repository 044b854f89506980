import { parseHex } from '../../core/colour/parseHex';
import { rgbToLab } from '../../core/colour/rgbToLab';

/** Below this chroma (CIELAB C*) a colour reads as a neutral: white, grays, black. */
const NEUTRAL_CHROMA = 10;
/** Hue families by CIELAB hue angle (degrees), in colour-wheel order. */
const FAMILIES: readonly { readonly name: string; readonly from: number }[] = [
  { name: 'Reds', from: 0 },
  { name: 'Oranges & browns', from: 45 },
  { name: 'Yellows', from: 75 },
  { name: 'Greens', from: 105 },
  { name: 'Blues', from: 195 },
  { name: 'Purples & pinks', from: 285 },
  { name: 'Reds', from: 345 },
];

export interface PaletteGroup {
  readonly name: string;
  /** '#rrggbb', darkest first. */
  readonly colors: readonly string[];
}

/**
 * A palette grouped as a designer scans one: neutrals first, then hue
 * families around the colour wheel (CIELAB hue angle), each from dark to
 * light. Frequency order (how the style stores it) is kept nowhere here.
 */
export function groupPalette(colors: readonly string[]): PaletteGroup[] {
  const groups = new Map<string, { hex: string; lightness: number }[]>();
  groups.set('Neutrals', []);
  for (const family of FAMILIES) if (!groups.has(family.name)) groups.set(family.name, []);
  for (const hex of colors) {
    const [r, g, b] = parseHex(hex);
    const [l, a, bb] = rgbToLab(r, g, b);
    const chroma = Math.hypot(a, bb);
    const hue = (Math.atan2(bb, a) * 180) / Math.PI + (bb < 0 ? 360 : 0);
    let name = 'Neutrals';
    if (chroma >= NEUTRAL_CHROMA) for (const family of FAMILIES) if (hue >= family.from) name = family.name;
    groups.get(name)!.push({ hex, lightness: l });
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => ({ name, colors: list.sort((x, y) => x.lightness - y.lightness).map((c) => c.hex) }));
}
