import { describe, expect, it } from 'vitest';
import { grayOf } from '../../core/colour/grayOf';
import { rgbToLab } from '../../core/colour/rgbToLab';
import { hintShader } from '../../core/colorize/hintShader';
import { shadeColour } from '../../core/colorize/shadingTable';
import type { HintMap } from '../../core/hints/HintMap';

/** What shading mode paints for a hint colour at a gray level, computed afresh. */
function shadedAfresh(r: number, g: number, b: number, level: number): number[] {
  const lab = new Float64Array(3);
  const rgb = new Float64Array(3);
  rgbToLab(r, g, b, lab);
  shadeColour(lab[1], lab[2], level, rgb);
  return [...rgb].map((v) => Math.max(0, Math.min(255, Math.round(v))));
}

describe('hintShader', () => {
  it('paints every owner its colour shaded to the level, past the typed table (4096 colours) and on repeat visits', () => {
    // 5,000 hint pixels of distinct colours: a partly coloured image's antialiased colour edge brings that many.
    const owners = 5000;
    const exactRgb = new Uint8Array(owners * 3);
    for (let o = 0; o < owners; o++) exactRgb.set([(o * 37) % 256, (o * 11) % 256, Math.floor(o / 20) % 256], o * 3);
    const hints = { exactRgb, positions: new Int32Array(owners).map((_, o) => o) } as unknown as HintMap;
    const paint = hintShader(hints);
    const out = new Uint8Array(4);
    let checked = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let o = 0; o < owners; o += pass ? 7 : 1) {
        const [r, g, b] = exactRgb.subarray(o * 3, o * 3 + 3);
        const level = (o * 53 + pass * 91) % 256;
        paint(o, level, out, 0);
        const expected = Math.round(grayOf(r, g, b)) === level ? [r, g, b] : shadedAfresh(r, g, b, level);
        expect([...out.subarray(0, 3)], `owner ${o}, level ${level}, pass ${pass}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(owners);
  });
});
