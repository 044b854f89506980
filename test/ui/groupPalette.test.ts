import { existsSync, readFileSync } from 'node:fs';
import colorNames from 'color-name';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/io';
import { extractPalette, formatHex } from '../../core';
import { groupPalette } from '../../ui/lib/groupPalette';

/** The CSS colour of that name, '#rrggbb'. */
const css = (name: keyof typeof colorNames) => formatHex(...colorNames[name]);
/** The group each colour lands in. */
const groupOf = (colors: readonly string[]) => new Map(groupPalette(colors).flatMap((g) => g.colors.map((hex) => [hex, g.name] as const)));

describe('groupPalette', () => {
  it('groups named colours the way their names say', () => {
    const expected: Record<string, (keyof typeof colorNames)[]> = {
      Neutrals: ['white', 'whitesmoke', 'gainsboro', 'gray', 'dimgray', 'black', 'snow', 'lavenderblush', 'linen', 'seashell'],
      Reds: ['red', 'darkred', 'maroon', 'crimson', 'firebrick', 'tomato'],
      Oranges: ['orange', 'darkorange', 'orangered', 'coral', 'peachpuff'],
      Browns: ['saddlebrown', 'sienna', 'tan', 'burlywood', 'rosybrown'],
      Yellows: ['yellow', 'gold', 'goldenrod', 'khaki', 'lemonchiffon'],
      Greens: ['green', 'lime', 'forestgreen', 'seagreen', 'darkolivegreen'],
      Blues: ['blue', 'navy', 'royalblue', 'steelblue', 'skyblue', 'teal'],
      Purples: ['purple', 'indigo', 'mediumpurple', 'darkviolet', 'plum', 'violet'],
      Pinks: ['pink', 'lightpink', 'hotpink', 'deeppink', 'mistyrose', 'salmon'],
    };
    const all = Object.values(expected).flat().map(css);
    const got = groupOf(all);
    for (const [group, names] of Object.entries(expected)) for (const name of names) expect([name, got.get(css(name))]).toEqual([name, group]);
  });

  it('calls a very light pink a pink and a grayish brown a brown (the trial saw them under Neutrals and Reds)', () => {
    const got = groupOf(['#ffe4e1', '#f9e0e3', '#7a5c58', '#8b7d6b', '#6f4e37', '#f5f5f4']);
    expect(got.get('#ffe4e1')).toBe('Pinks'); // misty rose
    expect(got.get('#f9e0e3')).toBe('Pinks');
    expect(got.get('#7a5c58')).toBe('Browns');
    expect(got.get('#8b7d6b')).toBe('Browns');
    expect(got.get('#6f4e37')).toBe('Browns'); // coffee
    expect(got.get('#f5f5f4')).toBe('Neutrals');
  });

  it('lists neutrals first, then around the colour wheel, each group dark to light', () => {
    const groups = groupPalette([css('pink'), css('white'), css('navy'), css('skyblue'), css('black'), css('red'), css('sienna')]);
    expect(groups.map((g) => g.name)).toEqual(['Neutrals', 'Reds', 'Browns', 'Blues', 'Pinks']);
    expect(groups[0].colors).toEqual([css('black'), css('white')]);
    expect(groups[3].colors).toEqual([css('navy'), css('skyblue')]);
  });

  const chestnut = new URL('../../../shared/art/noto/000.png', import.meta.url);
  it.skipIf(!existsSync(chestnut))("puts a chestnut's palette under Browns, not Reds", () => {
    const image = decodeImageBytes(readFileSync(chestnut), '000.png');
    const { palette } = extractPalette([image], { k: 8 });
    const colours = Array.from({ length: palette.rgb.length / 3 }, (_, i) => formatHex(palette.rgb[3 * i], palette.rgb[3 * i + 1], palette.rgb[3 * i + 2]));
    const groups = groupPalette(colours);
    const browns = groups.find((g) => g.name === 'Browns')?.colors ?? [];
    // The shell and its shadows: most of the fruit's colours, and the single most frequent chromatic one among them.
    expect(browns.length).toBeGreaterThanOrEqual(4);
    const mostFrequentChromatic = colours.find((hex) => !groups.find((g) => g.name === 'Neutrals')?.colors.includes(hex));
    expect(browns).toContain(mostFrequentChromatic);
  });
});
