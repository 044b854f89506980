import type { Rgba8Image } from '../../core/types';

/**
 * An image turned and mirrored as its EXIF Orientation (1–8) says it should
 * be shown: 2 mirrors, 3 turns half way, 4 flips; 5–8 also swap width and
 * height (6 turns a quarter clockwise, 8 anticlockwise, 5 and 7 mirror too).
 */
export function orientImage(img: Rgba8Image, orientation: number): Rgba8Image {
  if (orientation < 2 || orientation > 8) return img;
  const { width: w, height: h } = img;
  const swap = orientation >= 5;
  const width = swap ? h : w;
  const height = swap ? w : h;
  // Where output (x, y) comes from: source = x0 + x·dxx + y·dxy (columns), y0 + x·dyx + y·dyy (rows).
  const [sx0, sxx, sxy, sy0, syx, syy] = {
    2: [w - 1, -1, 0, 0, 0, 1],
    3: [w - 1, -1, 0, h - 1, 0, -1],
    4: [0, 1, 0, h - 1, 0, -1],
    5: [0, 0, 1, 0, 1, 0],
    6: [0, 0, 1, h - 1, -1, 0],
    7: [w - 1, 0, -1, h - 1, -1, 0],
    8: [w - 1, 0, -1, 0, 1, 0],
  }[orientation as 2 | 3 | 4 | 5 | 6 | 7 | 8];
  const aligned = img.data.byteOffset % 4 === 0 ? img.data : img.data.slice();
  const source = new Uint32Array(aligned.buffer, aligned.byteOffset, w * h);
  const pixels = new Uint32Array(width * height);
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o++) pixels[o] = source[(sy0 + x * syx + y * syy) * w + sx0 + x * sxx + y * sxy];
  }
  return { width, height, data: new Uint8Array(pixels.buffer) };
}
