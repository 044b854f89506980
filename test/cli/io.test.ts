import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBytes, encodePng, listImageFiles, readImageFile, readImageSize, sniffImageType, writePngFile } from '../../cli/io';

/** 1 where a pixel is opaque (alpha ≥ 128), as training and scoring count it. */
const opaqueMask = (img: { data: Uint8Array | Uint8ClampedArray }): number[] =>
  Array.from(
    img.data.filter((_, i) => i % 4 === 3),
    (a) => (a >= 128 ? 1 : 0),
  );

const here = dirname(fileURLToPath(import.meta.url));
const noto = resolve(here, '../../../shared/art/noto');
const fixtures = resolve(here, '../fixtures');

function pixel(img: { width: number; data: Uint8Array | Uint8ClampedArray }, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return Array.from(img.data.subarray(i, i + 4));
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'hueprint-io-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('decoding real art', () => {
  it('decodes a Noto emoji PNG to opaque RGBA8 with real colour content', async () => {
    const img = await readImageFile(join(noto, '000.png'));
    expect([img.width, img.height]).toEqual([128, 128]);
    expect(img.data).toHaveLength(128 * 128 * 4);
    expect(img.data.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true); // RGB PNG: alpha filled with 255
    const colours = new Set<number>();
    for (let i = 0; i < img.data.length; i += 4) colours.add((img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2]);
    expect(colours.size).toBeGreaterThan(5);
    expect(img.lossy).toBeUndefined(); // PNG is lossless: its hints are read as they are (see splitHints)
  });

  it('lists the 40 Noto PNGs in name order and decodes every one', async () => {
    const files = await listImageFiles(noto);
    expect(files).toHaveLength(40);
    expect(files[0].endsWith('000.png')).toBe(true);
    expect(files[39].endsWith('039.png')).toBe(true);
    for (const f of files) {
      const img = await readImageFile(f);
      expect(img.width * img.height * 4).toBe(img.data.length);
    }
  });

  it('round-trips a Noto PNG through encodePng bit-exactly', async () => {
    const img = await readImageFile(join(noto, '007.png'));
    const again = decodeImageBytes(encodePng(img), 'round trip');
    expect([again.width, again.height]).toEqual([img.width, img.height]);
    expect(Buffer.from(again.data).equals(Buffer.from(img.data))).toBe(true);
  });
});

describe('decoding PNG variants (fixtures)', () => {
  it('a 1×1 PNG', async () => {
    const img = await readImageFile(join(fixtures, 'one-pixel.png'));
    expect([img.width, img.height]).toEqual([1, 1]);
    expect(pixel(img, 0, 0)).toEqual([255, 128, 0, 255]);
  });

  it('transparency is kept as straight alpha', async () => {
    const img = await readImageFile(join(fixtures, 'transparent.png'));
    expect(pixel(img, 1, 1)).toEqual([255, 0, 0, 255]);
    expect(pixel(img, 0, 0)).toEqual([0, 255, 0, 127]);
    expect(pixel(img, 3, 3)).toEqual([0, 0, 255, 128]);
    expect(pixel(img, 2, 0)[3]).toBe(0);
    expect(Array.from(opaqueMask(img))).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1]);
  });

  it('an indexed PNG with tRNS expands to RGBA', async () => {
    const img = await readImageFile(join(fixtures, 'palette.png'));
    expect([img.width, img.height]).toEqual([4, 2]);
    expect(pixel(img, 0, 0)).toEqual([255, 0, 0, 255]);
    expect(pixel(img, 1, 0)).toEqual([0, 255, 0, 255]);
    expect(pixel(img, 2, 0)).toEqual([0, 0, 255, 0]);
    expect(pixel(img, 3, 1)[3]).toBe(0);
  });

  it('a 16-bit gray PNG becomes 8-bit RGBA', async () => {
    const img = await readImageFile(join(fixtures, 'gray16.png'));
    expect(pixel(img, 0, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(img, 1, 0)).toEqual([128, 128, 128, 255]);
    expect(pixel(img, 2, 0)).toEqual([255, 255, 255, 255]);
  });

  it('a JPEG decodes opaque with its colours near the originals', async () => {
    const img = await readImageFile(join(fixtures, 'halves.jpg'));
    expect([img.width, img.height]).toEqual([16, 8]);
    expect(img.lossy).toBe(true); // its colours ring around every edge: hints are cleaned (see splitHints)
    const left = pixel(img, 2, 4);
    const right = pixel(img, 13, 4);
    expect(left[3]).toBe(255);
    expect(left[0]).toBeGreaterThan(180);
    expect(left[2]).toBeLessThan(70);
    expect(right[2]).toBeGreaterThan(180);
    expect(right[0]).toBeLessThan(70);
  });

  it('reads sizes from headers without decoding', async () => {
    const png = new Uint8Array(await readFile(join(noto, '000.png')));
    expect(sniffImageType(png)).toBe('png');
    expect(readImageSize(png, 'png')).toEqual({ width: 128, height: 128 });
    const jpg = new Uint8Array(await readFile(join(fixtures, 'halves.jpg')));
    expect(sniffImageType(jpg)).toBe('jpeg');
    expect(readImageSize(jpg, 'jpeg')).toEqual({ width: 16, height: 8 });
  });
});

describe('bad input gets a clear error', () => {
  it('HTML saved as .png', () => {
    const bytes = new TextEncoder().encode('<html><body>not found</body></html>');
    expect(() => decodeImageBytes(bytes, 'x.png')).toThrow('x.png is not a PNG or JPEG (starts with 3c 68 74 6d); export it as PNG and try again.');
  });

  it('empty bytes', () => {
    expect(() => decodeImageBytes(new Uint8Array(0), 'empty.png')).toThrow('empty.png is empty (0 bytes)');
  });

  it('a truncated PNG', async () => {
    const png = new Uint8Array(await readFile(join(noto, '000.png')));
    const cut = png.subarray(0, Math.floor(png.length / 2));
    expect(() => decodeImageBytes(cut, 'cut.png')).toThrow(
      /^cut\.png looks like a PNG but cannot be decoded \(.+\); it may be truncated or damaged\. Export it again as PNG and try again\.$/,
    );
  });

  it('a PNG with a corrupted pixel stream', async () => {
    const png = new Uint8Array(await readFile(join(noto, '001.png')));
    const bad = png.slice();
    for (let i = 100; i < bad.length - 20; i += 7) bad[i] ^= 0x5a;
    expect(() => decodeImageBytes(bad, 'bad.png')).toThrow(/bad\.png looks like a PNG but cannot be decoded/);
  });

  it('a corrupt JPEG', async () => {
    const jpg = new Uint8Array(await readFile(join(fixtures, 'halves.jpg')));
    expect(() => decodeImageBytes(jpg.subarray(0, 40), 'cut.jpg')).toThrow(/cut\.jpg looks like a JPEG but cannot be decoded/);
  });

  it('an image over 4096 px a side is refused from its header', async () => {
    const png = Buffer.from(await readFile(join(fixtures, 'one-pixel.png')));
    png.writeUInt32BE(5000, 16); // IHDR width (the CRC no longer matters: we stop before decoding)
    png.writeUInt32BE(300, 20);
    expect(() => decodeImageBytes(new Uint8Array(png), 'poster.png')).toThrow(
      'poster.png is 5000×300 px; Figma images are at most 4096 px a side. Scale it down and try again.',
    );
  });

  it('missing files and folders', async () => {
    await expect(readImageFile(join(tmp, 'nope.png'))).rejects.toThrow(/nope\.png does not exist/);
    await expect(readImageFile(tmp)).rejects.toThrow(/is a folder, not an image file/);
    await expect(listImageFiles(join(tmp, 'missing'))).rejects.toThrow(/The folder .*missing does not exist/);
    await expect(listImageFiles(join(fixtures, 'one-pixel.png'))).rejects.toThrow(/is a file, not a folder/);
  });
});

describe('writing', () => {
  it('writePngFile creates folders and writes a decodable PNG with alpha', async () => {
    const img = await readImageFile(join(fixtures, 'transparent.png'));
    const path = join(tmp, 'deep', 'er', 'out.png');
    await writePngFile(path, img);
    const back = await readImageFile(path);
    expect(Buffer.from(back.data).equals(Buffer.from(img.data))).toBe(true);
    expect(await listImageFiles(join(tmp, 'deep', 'er'))).toEqual([path]); // no temp file left behind
  });

  it('listImageFiles keeps png/jpg/jpeg in any case, skips hidden and other files', async () => {
    const dir = join(tmp, 'mixed');
    await mkdir(dir);
    for (const name of ['b.PNG', 'a.jpg', 'c.jpeg', '._a.png', 'notes.txt', 'd.gif']) await writeFile(join(dir, name), 'x');
    await mkdir(join(dir, 'sub.png'));
    expect(await listImageFiles(dir)).toEqual([join(dir, 'a.jpg'), join(dir, 'b.PNG'), join(dir, 'c.jpeg')]);
  });

  it('encodePng refuses an invalid image', () => {
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8Array(3) })).toThrow(/needs 16 bytes of RGBA, but it has 3/);
  });
});
