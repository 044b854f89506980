import { describe, expect, it } from 'vitest';
import {
  deltaE2000,
  formatHex,
  grayOf,
  labToRgb,
  labToRgbBytes,
  labToXyz,
  linearToSrgb,
  parseHex,
  rgb24ToLab,
  rgbBytesToLab,
  rgbToLab,
  rgbToOklab,
  rgbToXyz,
  srgbToLinear,
  toGrayImage,
  xyzToLab,
  xyzToRgb,
} from '../../core/colour';

/**
 * Table 1 of Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference
 * Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 * Observations", Color Res. Appl. 30(1): all 34 pairs, ΔE00 to 4 decimals.
 */
const SHARMA_2005: ReadonlyArray<readonly [number, number, number, number, number, number, number]> = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('deltaE2000', () => {
  it('matches all 34 pairs of Sharma, Wu & Dalal (2005) to 4 decimals, both orders', () => {
    expect(SHARMA_2005).toHaveLength(34);
    for (const [L1, a1, b1, L2, a2, b2, expected] of SHARMA_2005) {
      expect(deltaE2000(L1, a1, b1, L2, a2, b2).toFixed(4)).toBe(expected.toFixed(4));
      expect(deltaE2000(L2, a2, b2, L1, a1, b1).toFixed(4)).toBe(expected.toFixed(4));
    }
  });

  it('is zero for identical colours, including achromatic ones', () => {
    expect(deltaE2000(50, 2.5, 0, 50, 2.5, 0)).toBe(0);
    expect(deltaE2000(0, 0, 0, 0, 0, 0)).toBe(0);
    expect(deltaE2000(100, 0, 0, 100, 0, 0)).toBe(0);
  });

  it('gives ~100 between white and black (only lightness differs)', () => {
    expect(deltaE2000(100, 0, 0, 0, 0, 0)).toBeCloseTo(100, 6);
  });
});

describe('sRGB ↔ Lab', () => {
  it('white is L=100, a=b=0; black is 0,0,0', () => {
    const w = rgbToLab(255, 255, 255);
    expect(w[0]).toBeCloseTo(100, 3);
    expect(Math.abs(w[1])).toBeLessThan(1e-3);
    expect(Math.abs(w[2])).toBeLessThan(1e-3);
    const k = rgbToLab(0, 0, 0);
    expect([k[0], k[1], k[2]]).toEqual([0, 0, 0]);
  });

  it('matches published Lab values of the sRGB primaries and a mid gray', () => {
    // Reference values: Bruce Lindbloom's calculator (sRGB, D65, 2°).
    const cases: [number, number, number, number, number, number][] = [
      [255, 0, 0, 53.2408, 80.0925, 67.2032],
      [0, 255, 0, 87.7347, -86.1827, 83.1793],
      [0, 0, 255, 32.297, 79.1875, -107.8602],
      [128, 128, 128, 53.585, 0, 0],
    ];
    for (const [r, g, b, L, A, B] of cases) {
      const lab = rgbToLab(r, g, b);
      expect(lab[0]).toBeCloseTo(L, 2);
      expect(lab[1]).toBeCloseTo(A, 2);
      expect(lab[2]).toBeCloseTo(B, 2);
    }
  });

  it('XYZ of white is the D65 white point and round trips to the same sRGB', () => {
    const xyz = rgbToXyz(255, 255, 255);
    expect(xyz[0]).toBeCloseTo(0.95047, 5);
    expect(xyz[1]).toBeCloseTo(1, 5);
    expect(xyz[2]).toBeCloseTo(1.08883, 5);
    const back = xyzToRgb(xyz[0], xyz[1], xyz[2]);
    for (let c = 0; c < 3; c++) expect(back[c]).toBeCloseTo(255, 3);
  });

  it('round trips every 7th sRGB colour through Lab to within 0.01 of a byte', () => {
    const lab = new Float64Array(3);
    const rgb = new Float64Array(3);
    let worst = 0;
    for (let r = 0; r < 256; r += 7)
      for (let g = 0; g < 256; g += 7)
        for (let b = 0; b < 256; b += 7) {
          rgbToLab(r, g, b, lab);
          labToRgb(lab[0], lab[1], lab[2], rgb);
          worst = Math.max(worst, Math.abs(rgb[0] - r), Math.abs(rgb[1] - g), Math.abs(rgb[2] - b));
        }
    expect(worst).toBeLessThan(0.01);
  });

  it('Lab → XYZ inverts XYZ → Lab, including the dark linear segment', () => {
    for (const [x, y, z] of [
      [0.2, 0.3, 0.4],
      [0.001, 0.002, 0.0005],
      [0.9, 1, 1.05],
    ]) {
      const lab = xyzToLab(x, y, z);
      const back = labToXyz(lab[0], lab[1], lab[2]);
      expect(back[0]).toBeCloseTo(x, 10);
      expect(back[1]).toBeCloseTo(y, 10);
      expect(back[2]).toBeCloseTo(z, 10);
    }
  });

  it('the sRGB transfer function and its inverse agree and hit the standard values', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.21404, 5);
    for (let i = 0; i <= 100; i++) expect(linearToSrgb(srgbToLinear(i / 100))).toBeCloseTo(i / 100, 10);
  });

  it('the many-pixel RGBA and packed variants agree with the one-colour path', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 12, 200, 99, 0, 1, 2, 3, 128, 255, 255, 255, 7]);
    const fast = rgbBytesToLab(rgba, 4);
    const rgb = new Uint8Array([255, 0, 0, 12, 200, 99, 1, 2, 3, 255, 255, 255]);
    const packed = rgbBytesToLab(rgb, 3);
    const ints = rgb24ToLab(new Uint32Array([0xff0000, 0x0cc863, 0x010203, 0xffffff]));
    for (let p = 0; p < 4; p++) {
      const slow = rgbToLab(rgb[p * 3], rgb[p * 3 + 1], rgb[p * 3 + 2]);
      for (let c = 0; c < 3; c++) {
        expect(fast[p * 3 + c]).toBeCloseTo(slow[c], 3);
        expect(packed[p * 3 + c]).toBeCloseTo(slow[c], 3);
        expect(ints[p * 3 + c]).toBeCloseTo(slow[c], 3);
      }
    }
    expect(() => rgbBytesToLab(new Uint8Array(5), 4)).toThrow(/whole number/);
  });

  it('labToRgbBytes rounds and clamps out-of-gamut colours', () => {
    const bytes = labToRgbBytes(new Float32Array([53.2408, 80.0925, 67.2032, 50, 120, 0, 100, 0, 0]));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([255, 0, 0]);
    // a = 120 at L = 50 is far outside sRGB: red clips at 255, green at 0.
    expect(bytes[3]).toBe(255);
    expect(bytes[4]).toBe(0);
    expect(Array.from(bytes.subarray(6, 9))).toEqual([255, 255, 255]);
  });
});

describe('hex', () => {
  it('parses and formats #rrggbb', () => {
    expect(parseHex('#FF8800')).toEqual([255, 136, 0]);
    expect(parseHex('0a0b0c')).toEqual([10, 11, 12]);
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(formatHex(255, 136, 0)).toBe('#ff8800');
    expect(formatHex(0, 0, 0)).toBe('#000000');
    expect(formatHex(...parseHex('#1E90ff'))).toBe('#1e90ff');
  });

  it('rejects malformed input with a message that shows it', () => {
    expect(() => parseHex('#12345')).toThrow('"#12345" is not a hex colour; write it as #rrggbb');
    expect(() => parseHex('red')).toThrow(/not a hex colour/);
    expect(() => formatHex(256, 0, 0)).toThrow(/0–255/);
    expect(() => formatHex(Number.NaN, 0, 0)).toThrow(/0–255/);
  });
});

describe('gray', () => {
  it('uses 0.21 R + 0.72 G + 0.07 B', () => {
    expect(grayOf(255, 255, 255)).toBeCloseTo(255, 10);
    expect(grayOf(100, 0, 0)).toBeCloseTo(21, 10);
    expect(grayOf(0, 100, 0)).toBeCloseTo(72, 10);
    expect(grayOf(0, 0, 100)).toBeCloseTo(7, 10); // 0.07, not 0.007
  });

  it('toGrayImage rescales to [0, 1] and composites transparency over white', () => {
    const img = {
      width: 4,
      height: 1,
      data: new Uint8Array([255, 255, 255, 255, 0, 0, 100, 255, 0, 0, 0, 0, 0, 0, 0, 128]),
    };
    const gray = toGrayImage(img);
    expect(gray.width).toBe(4);
    expect(gray.height).toBe(1);
    expect(gray.data[0]).toBeCloseTo(1, 6);
    expect(gray.data[1]).toBeCloseTo(7 / 255, 6);
    expect(gray.data[2]).toBeCloseTo(1, 6); // transparent black reads as the white canvas
    expect(gray.data[3]).toBeCloseTo(127 / 255, 6);
    const raw = toGrayImage(img, null);
    expect(raw.data[2]).toBe(0);
    expect(() => toGrayImage({ width: 2, height: 2, data: new Uint8Array(4) })).toThrow(/needs 16 bytes, got 4/);
  });
});

describe('sRGB → Oklab', () => {
  it("matches Ottosson's published values (white, the primaries) and puts blue's hue among the blues", () => {
    const close = (got: ArrayLike<number>, want: number[]) => {
      for (const [i, v] of want.entries()) expect(got[i]).toBeCloseTo(v, 4);
    };
    close(rgbToOklab(255, 255, 255), [1, 0, 0]);
    close(rgbToOklab(255, 0, 0), [0.62796, 0.22486, 0.12585]);
    close(rgbToOklab(0, 255, 0), [0.86644, -0.23389, 0.1795]);
    close(rgbToOklab(0, 0, 255), [0.45201, -0.03246, -0.31153]);
    const [, a, b] = rgbToOklab(0, 0, 255);
    expect((Math.atan2(b, a) * 180) / Math.PI + 360).toBeCloseTo(264.05, 1);
  });
});
