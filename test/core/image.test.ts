import { describe, expect, it } from 'vitest';
import { assertImage, createImage, padToSquare, resizeAreaAverage, resizeBilinear, resizeGrayAreaAverage, resizeNearest } from '../../core/image';
import { isLossyEncoding } from '../../core/image/isLossyEncoding';
import type { GrayImage, Rgba8Image } from '../../core/types';

function pixel(img: Rgba8Image, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(i, i + 4));
}

function fromPixels(width: number, height: number, pixels: number[][]): Rgba8Image {
  return { width, height, data: Uint8Array.from(pixels.flat()) };
}

describe('createImage / assertImage', () => {
  it('creates transparent or filled images', () => {
    const a = createImage(3, 2);
    expect(a.data).toHaveLength(24);
    expect(a.data.every((v) => v === 0)).toBe(true);
    const b = createImage(2, 2, [10, 20, 30, 255]);
    expect(pixel(b, 1, 1)).toEqual([10, 20, 30, 255]);
    expect(pixel(createImage(1, 1, [1, 2, 3]), 0, 0)).toEqual([1, 2, 3, 255]);
  });

  it('rejects bad images with messages that say what to do', () => {
    expect(() => assertImage({ width: 5000, height: 300, data: new Uint8Array(0) }, 'poster.png')).toThrow(
      'poster.png is 5000×300 px; Figma images are at most 4096 px a side. Scale it down and try again.',
    );
    expect(() => assertImage({ width: 0, height: 300, data: new Uint8Array(0) })).toThrow('The image is 0×300 px, so it has no pixels.');
    expect(() => assertImage({ width: 2, height: 2, data: new Uint8Array(15) }, 'Frame 1')).toThrow(
      'Frame 1 is 2×2 px, which needs 16 bytes of RGBA, but it has 15.',
    );
    expect(() => assertImage({ width: 1.5, height: 2, data: new Uint8Array(12) })).toThrow(/whole numbers/);
    expect(() => assertImage({ width: 1, height: 1, data: [0, 0, 0, 0] })).toThrow(/not a Uint8Array/);
    expect(() => assertImage(null)).toThrow(/not an image/);
    expect(() => assertImage({ width: 4096, height: 1, data: new Uint8ClampedArray(4096 * 4) })).not.toThrow();
    expect(() => createImage(4097, 1)).toThrow(/at most 4096 px a side/);
  });
});

describe('padToSquare', () => {
  it('centres a wide image on white', () => {
    const img = createImage(3, 1, [255, 0, 0, 255]);
    const sq = padToSquare(img);
    expect([sq.width, sq.height]).toEqual([3, 3]);
    expect(pixel(sq, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(sq, 0, 1)).toEqual([255, 0, 0, 255]);
    expect(pixel(sq, 2, 1)).toEqual([255, 0, 0, 255]);
    expect(pixel(sq, 1, 2)).toEqual([255, 255, 255, 255]);
  });

  it('centres a tall image with a custom fill, extra margin on the right', () => {
    const img = createImage(1, 4, [0, 0, 255, 255]);
    const sq = padToSquare(img, [0, 0, 0, 0]);
    expect([sq.width, sq.height]).toEqual([4, 4]);
    const col = [0, 1, 2, 3].map((x) => pixel(sq, x, 2)[2]);
    expect(col).toEqual([0, 255, 0, 0]);
  });
});

describe('resizeAreaAverage', () => {
  it('averages 2×2 blocks exactly', () => {
    const img = fromPixels(2, 2, [
      [0, 0, 0, 255],
      [100, 100, 100, 255],
      [200, 200, 200, 255],
      [100, 0, 40, 255],
    ]);
    const out = resizeAreaAverage(img, 1, 1);
    expect(pixel(out, 0, 0)).toEqual([100, 75, 85, 255]);
  });

  it('weights colour by alpha so transparent black does not darken edges', () => {
    const img = fromPixels(2, 1, [
      [255, 0, 0, 255],
      [0, 0, 0, 0],
    ]);
    const out = resizeAreaAverage(img, 1, 1);
    expect(pixel(out, 0, 0)).toEqual([255, 0, 0, 128]);
  });

  it('handles non-integer ratios with fractional overlaps and keeps the mean', () => {
    // 3 px → 2 px: output 0 covers [0, 1.5), output 1 covers [1.5, 3).
    const img = fromPixels(3, 1, [
      [0, 0, 0, 255],
      [90, 90, 90, 255],
      [240, 240, 240, 255],
    ]);
    const out = resizeAreaAverage(img, 2, 1);
    expect(pixel(out, 0, 0)[0]).toBe(30); // (0·1 + 90·0.5) / 1.5
    expect(pixel(out, 1, 0)[0]).toBe(190); // (90·0.5 + 240·1) / 1.5
  });

  it('downscales a large flat image to the same flat colour and checks the target', () => {
    const img = createImage(97, 61, [12, 34, 56, 255]);
    const out = resizeAreaAverage(img, 10, 7);
    for (let y = 0; y < 7; y++) for (let x = 0; x < 10; x++) expect(pixel(out, x, y)).toEqual([12, 34, 56, 255]);
    expect(() => resizeAreaAverage(img, 0, 5)).toThrow(/at least 1×1/);
  });
});

describe('resizeBilinear', () => {
  it('interpolates between pixel centres and clamps at the edges', () => {
    const img = fromPixels(2, 1, [
      [0, 0, 0, 255],
      [200, 100, 40, 255],
    ]);
    const out = resizeBilinear(img, 4, 1);
    // Centres of the 4 outputs map to source x = -0.25, 0.25, 0.75, 1.25.
    expect(out.data.filter((_, i) => i % 4 === 0)).toEqual(new Uint8Array([0, 50, 150, 200]));
    expect(pixel(out, 1, 0)).toEqual([50, 25, 10, 255]);
  });

  it('does not bleed the colour of transparent pixels', () => {
    const img = fromPixels(2, 1, [
      [0, 200, 0, 255],
      [255, 0, 255, 0],
    ]);
    const out = resizeBilinear(img, 4, 1);
    expect(pixel(out, 2, 0)).toEqual([0, 200, 0, 64]);
  });
});

describe('resizeNearest', () => {
  it('copies the pixel under each centre, up and down, inventing no colour', async () => {
    const img = fromPixels(2, 1, [
      [255, 0, 0, 255],
      [0, 0, 255, 128],
    ]);
    const up = resizeNearest(img, 4, 2);
    const [red, blue] = [pixel(img, 0, 0), pixel(img, 1, 0)];
    expect([0, 1, 2, 3].map((x) => pixel(up, x, 1))).toEqual([red, red, blue, blue]);
    const { makeShapeArt } = await import('../helpers/makeShapeArt');
    const art = makeShapeArt({ count: 1, size: 64, seed: 3 })[0];
    const colours = (image: Rgba8Image) =>
      new Set(Array.from({ length: image.width * image.height }, (_, i) => pixel(image, i % image.width, Math.floor(i / image.width)).join()));
    const down = resizeNearest(art, 16, 16);
    expect([...colours(down)].every((c) => colours(art).has(c))).toBe(true);
    expect(pixel(down, 5, 9)).toEqual(pixel(art, 22, 38));
    expect(() => resizeNearest(art, 0, 4)).toThrow(/at least 1×1/);
  });
});

describe('gray resizes', () => {
  it('area-averages gray images', () => {
    const g: GrayImage = { width: 4, height: 2, data: new Float32Array([0, 1, 0.5, 0.5, 1, 0, 0.25, 0.75]) };
    const small = resizeGrayAreaAverage(g, 2, 1);
    expect(small.data[0]).toBeCloseTo(0.5, 6);
    expect(small.data[1]).toBeCloseTo(0.5, 6);
  });
});

describe('colourfulShare', () => {
  it('tells gray art from colour art, ignoring transparent pixels', async () => {
    const { colourfulShare } = await import('../../core/image');
    const { makeShapeArt } = await import('../helpers/makeShapeArt');
    const colour = makeShapeArt({ count: 1, size: 32, seed: 4 })[0];
    const gray = makeShapeArt({ count: 1, size: 32, seed: 4, gray: true })[0];
    expect(colourfulShare(gray)).toBe(0);
    expect(colourfulShare(colour)).toBeGreaterThan(0.05);
    const hidden = makeShapeArt({ count: 1, size: 32, seed: 4, background: 'transparent' })[0];
    const data = new Uint8Array(hidden.data);
    for (let p = 0; p < data.length; p += 4) data[p + 3] = 0;
    expect(colourfulShare({ ...hidden, data })).toBe(0);
  });
});

describe('isLossyEncoding', () => {
  /** A WebP file's bytes: the RIFF header, then chunks of (four-letter tag, data). */
  const webp = (...chunks: [string, number][]): Uint8Array => {
    const parts = chunks.map(([tag, size]) => {
      const chunk = new Uint8Array(8 + size + (size & 1));
      chunk.set(new TextEncoder().encode(tag));
      new DataView(chunk.buffer).setUint32(4, size, true);
      return chunk;
    });
    const body = parts.reduce((a, b) => a + b.length, 4);
    const bytes = new Uint8Array(8 + body);
    bytes.set(new TextEncoder().encode('RIFF'));
    new DataView(bytes.buffer).setUint32(4, body, true);
    bytes.set(new TextEncoder().encode('WEBP'), 8);
    let at = 12;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  };

  it('JPEG and lossy WebP (a VP8 image, also after an extended header and alpha) are lossy; PNG, lossless WebP and anything else are not', () => {
    expect(isLossyEncoding(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe(true);
    expect(isLossyEncoding(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(false);
    expect(isLossyEncoding(webp(['VP8 ', 10]))).toBe(true);
    expect(isLossyEncoding(webp(['VP8X', 10], ['ALPH', 5], ['VP8 ', 10]))).toBe(true);
    expect(isLossyEncoding(webp(['VP8L', 9]))).toBe(false);
    expect(isLossyEncoding(webp(['VP8X', 10], ['VP8L', 9]))).toBe(false);
    expect(isLossyEncoding(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false);
    expect(isLossyEncoding(new Uint8Array(0))).toBe(false);
  });
});
