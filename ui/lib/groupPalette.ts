import { parseHex } from '../../core/colour/parseHex';
import { rgbToOklab } from '../../core/colour/rgbToOklab';

/**
 * Below this Oklab chroma a colour reads as a neutral (white, grays, black, a barely warm white); above it even a very light
 * tint is named by its hue (misty rose #ffe4e1, chroma 0.030, is a pink).
 */
const NEUTRAL_CHROMA = 0.025;
/** Group names in colour-wheel order, as they are listed. */
const ORDER = ['Neutrals', 'Reds', 'Oranges', 'Browns', 'Yellows', 'Greens', 'Blues', 'Purples', 'Pinks'] as const;
type GroupName = (typeof ORDER)[number];

export interface PaletteGroup {
  readonly name: string;
  /** '#rrggbb', darkest first. */
  readonly colors: readonly string[];
}

/**
 * A palette grouped as a designer scans one: neutrals first, then hue
 * families around the colour wheel, each from dark to light. Frequency order
 * (how the style stores it) is kept nowhere here.
 */
export function groupPalette(colors: readonly string[]): PaletteGroup[] {
  const groups = new Map<GroupName, { hex: string; lightness: number }[]>(ORDER.map((name) => [name, []]));
  const lab = new Float64Array(3);
  for (const hex of colors) {
    const [r, g, b] = parseHex(hex);
    rgbToOklab(r, g, b, lab);
    groups.get(colourGroup(lab[0], Math.hypot(lab[1], lab[2]), (Math.atan2(lab[2], lab[1]) * 180) / Math.PI + (lab[2] < 0 ? 360 : 0)))!.push({
      hex,
      lightness: lab[0],
    });
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => ({ name, colors: list.sort((x, y) => x.lightness - y.lightness).map((c) => c.hex) }));
}

/**
 * What a designer calls a colour, from its OKLCH lightness (0–1), chroma and hue angle (degrees): a dark or muted red, orange
 * or yellow is a brown (sienna, coffee, tan), a light soft red a pink (salmon, misty rose), a dark pink a red (wine).
 */
function colourGroup(lightness: number, chroma: number, hue: number): GroupName {
  if (chroma < NEUTRAL_CHROMA) return 'Neutrals';
  if (hue >= 340 || hue < 12) return lightness < 0.45 ? 'Reds' : 'Pinks';
  if (hue < 35) {
    if (lightness >= 0.7 && chroma < 0.17) return 'Pinks';
    // A chestnut's shell (#882913) is a brown; maroon (#800000, hue 29) a red.
    return chroma < 0.07 || (hue >= 30 && lightness < 0.5) ? 'Browns' : 'Reds';
  }
  if (hue < 100 && lightness < 0.85 && (lightness < 0.6 || chroma < 0.09)) return 'Browns';
  if (hue < 75) return 'Oranges';
  if (hue < 115) return 'Yellows';
  if (hue < 180) return 'Greens';
  if (hue < 290) return 'Blues';
  return 'Purples';
}
