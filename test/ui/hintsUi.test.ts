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

  it('hatches where the model is unsure in solid stripes of one accent, wider the less sure; sure parts, their seams and transparent pixels clear', () => {
    // 36×12 art: a part the model is torn on (0.6, as unsure as a real style's previews get), a part it half knows (0.3),
    // and a sure part crossed by a 1 px seam of 1 (the antialiased edge between two parts), with one transparent pixel.
    const width = 36;
    const height = 12;
    const art = { width, height, data: new Uint8Array(width * height * 4).fill(255) };
    const uncertainty = new Float32Array(width * height);
    for (let i = 0; i < uncertainty.length; i++) {
      const x = i % width;
      uncertainty[i] = x < 12 ? 0.6 : x < 24 ? 0.3 : x === 30 ? 1 : 0;
    }
    art.data[(6 * width + 5) * 4 + 3] = 0;
    const overlay = uncertaintyOverlay(uncertainty, art);
    const accent = OVERLAY_CSS.match(/\d+/g)!.map(Number);
    const rgba = (x: number, y: number) => Array.from(overlay.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    // Share of accent pixels inside a part (one pixel in from its sides, where the 3×3 reaches no other part).
    const marked = (x0: number, x1: number) => {
      let n = 0;
      let all = 0;
      for (let y = 1; y < height - 1; y++) for (let x = x0 + 1; x < x1 - 1; x++, all++) if (rgba(x, y).join() === [...accent, 255].join()) n++;
      return n / all;
    };
    // Torn: stripes cover most of it, in the accent at full strength (no faint wash); the rest shows the preview.
    expect(marked(0, 12)).toBeGreaterThanOrEqual(0.6);
    expect(marked(0, 12)).toBeLessThan(0.75);
    // Half known: thinner stripes, still there.
    expect(marked(12, 24)).toBeGreaterThan(0.1);
    expect(marked(12, 24)).toBeLessThan(marked(0, 12) - 0.2);
    // Every pixel is clear, the accent or a stripe's white edge: nothing tints the colours under it.
    for (let p = 0; p < overlay.data.length; p += 4) {
      const px = Array.from(overlay.data.subarray(p, p + 4));
      expect([[0, 0, 0, 0].join(), [...accent, 255].join(), '255,255,255,255']).toContain(px.join());
    }
    // The sure part and its seam stay clear, and so does the transparent pixel.
    for (let y = 0; y < height; y++) for (let x = 25; x < width; x++) expect(rgba(x, y)[3]).toBe(0);
    expect(rgba(5, 6)[3]).toBe(0);
    expect(() => uncertaintyOverlay(new Float32Array(2), art)).toThrow(/Expected 432 uncertainties/);
  });
});
