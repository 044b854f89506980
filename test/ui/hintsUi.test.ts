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

  it('hatches where the model is unsure in one accent, never a wash of colour; clear where it is sure or the art is transparent', () => {
    // 8×2 art, every pixel undecided but one sure pixel and one transparent pixel.
    const width = 8;
    const art = { width, height: 2, data: new Uint8Array(width * 2 * 4).fill(255) };
    art.data[(1 * width + 7) * 4 + 3] = 0;
    const uncertainty = new Float32Array(width * 2).fill(1);
    uncertainty[4] = 0.05;
    const overlay = uncertaintyOverlay(uncertainty, art);
    const alpha = (x: number, y: number) => overlay.data[(y * width + x) * 4 + 3];
    // Diagonal stripes: half of the undecided pixels marked, the other half left clear so the preview shows through.
    expect(Array.from({ length: width }, (_, x) => alpha(x, 0))).toEqual([255, 255, 0, 0, 0, 255, 0, 0]);
    expect(Array.from({ length: width }, (_, x) => alpha(x, 1))).toEqual([255, 0, 0, 255, 255, 0, 0, 0]);
    // Every marked pixel is the one accent, the CSS legend's colour.
    const accent = OVERLAY_CSS.match(/\d+/g)!.map(Number);
    for (let p = 0; p < overlay.data.length; p += 4) if (overlay.data[p + 3] > 0) expect(Array.from(overlay.data.subarray(p, p + 3))).toEqual(accent);
    // Less unsure, fainter stripes.
    expect(uncertaintyOverlay(new Float32Array(width * 2).fill(0.575), art).data[3]).toBeCloseTo(128, -0.5);
    expect(() => uncertaintyOverlay(new Float32Array(2), art)).toThrow(/Expected 16 uncertainties/);
  });
});
