/**
 * Small hand-made image files for the bad-input cases: PNGs built chunk by
 * chunk (so a header can lie about the data), a JPEG with an EXIF
 * Orientation, and a few files that only pretend to be images.
 */
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { ADAM7_PASSES } from '../../cli/io/adam7Passes';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG whose header says width × height (8-bit RGBA, not interlaced, unless `header` says otherwise) and whose IDAT is `idat` as given. */
export function pngWithData(
  width: number,
  height: number,
  idat: Uint8Array,
  header: { bitDepth?: number; colorType?: number; interlaced?: boolean; palette?: Uint8Array } = {},
): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = header.bitDepth ?? 8;
  ihdr[9] = header.colorType ?? 6;
  ihdr[12] = header.interlaced ? 1 : 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(header.palette ? [chunk('PLTE', header.palette)] : []),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * An Adam7-interlaced, 2-bit paletted PNG of w × h whose pixel (x, y) has
 * palette index (x + 2y) mod 4, as the trial's #33; `keep` < 1 keeps only
 * that share of its filtered scanlines (a damaged file).
 */
export function interlacedPalettePng(width: number, height: number, keep = 1): { bytes: Uint8Array; palette: number[][] } {
  const palette = [
    [255, 0, 0],
    [0, 128, 0],
    [0, 0, 255],
    [250, 250, 250],
  ];
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of ADAM7_PASSES) {
    const w = Math.ceil(Math.max(0, width - x0) / dx);
    const h = Math.ceil(Math.max(0, height - y0) / dy);
    if (w === 0 || h === 0) continue;
    for (let py = 0; py < h; py++) {
      const line = new Array(Math.ceil((w * 2) / 8)).fill(0);
      for (let px = 0; px < w; px++) {
        const index = (x0 + px * dx + 2 * (y0 + py * dy)) % 4;
        line[px >> 2] |= index << (6 - 2 * (px & 3));
      }
      rows.push(0, ...line);
    }
  }
  const raw = Buffer.from(rows.slice(0, Math.floor(rows.length * keep)));
  return {
    bytes: pngWithData(width, height, deflateSync(raw), { bitDepth: 2, colorType: 3, interlaced: true, palette: Buffer.from(palette.flat()) }),
    palette,
  };
}

/** The trial's #23: a 4096×4096 header with about 100 bytes of (valid, but far too short) zlib data. */
export function lyingPng(): Uint8Array {
  return pngWithData(4096, 4096, deflateSync(Buffer.alloc(20000, 7), { level: 9 }));
}

/** The trial's #29: a 16×16 header over 64 MB of zeros squeezed into about 64 kB. */
export function zlibBombPng(): Uint8Array {
  return pngWithData(16, 16, deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }));
}

/** A JPEG of w × h whose left half is black and right half white, with EXIF Orientation `orientation`. */
export function jpegWithOrientation(width: number, height: number, orientation: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = x < width / 2 ? 0 : 255;
      data.fill(v, (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  }
  const plain = Buffer.from(jpeg.encode({ width, height, data }, 95).data);
  // APP1: "Exif\0\0", a little-endian TIFF header, one directory with one entry: Orientation (0x0112), SHORT, 1.
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, body, plain.subarray(2)]);
}

export const GIF_BYTES = Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex');
