import { describe, expect, it } from 'vitest';
import { describeHints } from '../../ui/lib/describeHints';
import { hintsCaption } from '../../ui/lib/hintsCaption';
import { pasteHints } from '../../ui/lib/pasteHints';
import { pasteMarks } from '../../ui/lib/pasteMarks';
import { OVERLAY_CSS, uncertaintyOverlay } from '../../ui/lib/uncertaintyOverlay';

describe('the colorize screen’s hint helpers', () => {
  it('names how many hints and where they came from', () => {
    expect(describeHints({ marks: 3, colouredRegions: 0 })).toBe('3 colour marks');
    expect(describeHints({ marks: 1, colouredRegions: 2 })).toBe('1 colour mark and coloured pixels in the image (2 regions)');
    expect(describeHints({ marks: 0, colouredRegions: 1 })).toBe('coloured pixels in the image (1 region)');
    expect(describeHints({ marks: 0, colouredRegions: 0 })).toBe('no hints');
  });

  it('captions a preview with its hints, or with none says how to give some instead of "Hints: no hints"', () => {
    expect(hintsCaption({ marks: 2, colouredRegions: 0 }, true)).toBe('Hints: 2 colour marks');
    expect(hintsCaption({ marks: 0, colouredRegions: 1 }, false)).toBe('Hints: coloured pixels in the image (1 region) (this style cannot use them)');
    const none = hintsCaption({ marks: 0, colouredRegions: 0 }, true);
    expect(none).toBe('No colour hints — paint a little colour on the art to steer it');
    expect(none).not.toMatch(/Hints:/);
  });

  it('pastes a mark’s opaque pixels at its place, cropped to the art, over earlier hints', () => {
    const width = 4;
    const height = 3;
    const hints = new Uint8Array(width * height * 4);
    hints.set([9, 9, 9, 255], (1 * width + 2) * 4); // a coloured pixel of the art itself
    // A 2×2 mark: one opaque red, one half-covered edge (alpha 100, not a hint), two opaque blue.
    const mark = { width: 2, height: 2, data: new Uint8Array([255, 0, 0, 255, 0, 255, 0, 100, 0, 0, 255, 200, 0, 0, 255, 255]) };
    expect(pasteHints(hints, width, height, mark, 2, 0)).toBe(3);
    const at = (x: number, y: number) => Array.from(hints.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    expect(at(2, 0)).toEqual([255, 0, 0, 255]);
    expect(at(3, 0)).toEqual([0, 0, 0, 0]);
    expect(at(2, 1)).toEqual([0, 0, 255, 255]); // the mark wins over the art's own hint
    expect(at(3, 1)).toEqual([0, 0, 255, 255]);
    // Partly outside on every side: only the overlap is pasted.
    expect(pasteHints(hints, width, height, mark, -1, 1)).toBe(1);
    expect(at(0, 2)).toEqual([0, 0, 255, 255]);
    expect(pasteHints(hints, width, height, mark, 4, 3)).toBe(0);
  });

  it('counts only the colour marks that give hint pixels: not one outside the art, nor one too faint at this size', () => {
    const width = 4;
    const height = 3;
    const hints = new Uint8Array(width * height * 4);
    const mark = (alpha: number) => ({ width: 2, height: 1, data: new Uint8Array([255, 0, 0, alpha, 255, 0, 0, alpha]) });
    const marks = [
      { image: mark(255), x: 0, y: 0 },
      { image: mark(255), x: 5, y: 1 }, // beside the art
      { image: mark(90), x: 1, y: 2 }, // a 1 px line scaled down: only antialiased pixels
      { image: mark(255), x: 3, y: 2 }, // half in
    ];
    expect(pasteMarks(hints, width, height, marks)).toBe(2);
  });

  it('hatches the parts unsureParts chose in solid stripes of one accent, with their blurred edge halved; the rest and transparent pixels clear', () => {
    // 36×12 art: a chosen part (its doubt 0.7) in x < 12, the bilinear blur of its edge (0.45, then 0.2) at x 12 and 13,
    // and parts not chosen (0) beyond, with one transparent pixel inside the chosen part.
    const width = 36;
    const height = 12;
    const art = { width, height, data: new Uint8Array(width * height * 4).fill(255) };
    const uncertainty = new Float32Array(width * height);
    for (let i = 0; i < uncertainty.length; i++) {
      const x = i % width;
      uncertainty[i] = x < 12 ? 0.7 : x === 12 ? 0.45 : x === 13 ? 0.2 : 0;
    }
    art.data[(6 * width + 5) * 4 + 3] = 0;
    const overlay = uncertaintyOverlay(uncertainty, art);
    const accent = [...OVERLAY_CSS.match(/\d+/g)!.map(Number), 255].join();
    const rgba = (x: number, y: number) => Array.from(overlay.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)).join();
    // The chosen part: half of it in the accent at full strength (no faint wash), with a white edge beside each stripe.
    let stripes = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < 12; x++) if (rgba(x, y) === accent) stripes++;
    expect(stripes / (12 * height)).toBeCloseTo(0.5, 1);
    // The edge pixel mostly in the part is hatched; the one mostly outside it and everything beyond stay clear.
    expect([...Array(height).keys()].some((y) => rgba(12, y) === accent)).toBe(true);
    for (let y = 0; y < height; y++) for (let x = 13; x < width; x++) expect(rgba(x, y)).toBe('0,0,0,0');
    expect(rgba(5, 6)).toBe('0,0,0,0');
    // Every pixel is clear, the accent or a stripe's white edge: nothing tints the colours under it.
    for (let p = 0; p < overlay.data.length; p += 4)
      expect(['0,0,0,0', accent, '255,255,255,255']).toContain(Array.from(overlay.data.subarray(p, p + 4)).join());
    expect(() => uncertaintyOverlay(new Float32Array(2), art)).toThrow(/Expected 432 uncertainties/);
  });
});
