/**
 * Writes the tiny PNG/JPEG fixtures of test/fixtures/. Run once, commit the
 * output: `npx tsx test/helpers/writeFixtures.ts`. The palette and 16-bit
 * PNGs are assembled chunk by chunk, since pngjs only writes RGB(A)/gray 8-bit,
 * and those are the variants the decoder must expand.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'fixtures');
mkdirSync(out, { recursive: true });

function rgbaPng(width: number, height: number, pixels: number[][]): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(pixels.flat());
  return PNG.sync.write(png, { colorType: 6 });
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** A PNG from raw scanlines (each prefixed here with filter type 0). */
function rawPng(width: number, height: number, bitDepth: number, colorType: number, rows: Buffer[], extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colorType;
  const raw = Buffer.concat(rows.map((r) => Buffer.concat([Buffer.from([0]), r])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra,
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// 1×1 opaque orange.
writeFileSync(join(out, 'one-pixel.png'), rgbaPng(1, 1, [[255, 128, 0, 255]]));

// 4×4: transparent border, opaque red centre; (0,0) alpha 127 and (3,3) alpha 128 straddle the opacity threshold.
const t: number[][] = [];
for (let y = 0; y < 4; y++)
  for (let x = 0; x < 4; x++) {
    const inside = x >= 1 && x <= 2 && y >= 1 && y <= 2;
    t.push(inside ? [255, 0, 0, 255] : [0, 0, 0, 0]);
  }
t[0] = [0, 255, 0, 127];
t[15] = [0, 0, 255, 128];
writeFileSync(join(out, 'transparent.png'), rgbaPng(4, 4, t));

// 4×2 indexed (palette) PNG, 8-bit indices, entry 2 fully transparent via tRNS.
const plte = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255]);
const trns = Buffer.from([255, 255, 0]);
writeFileSync(join(out, 'palette.png'), rawPng(4, 2, 8, 3, [Buffer.from([0, 1, 2, 0]), Buffer.from([1, 1, 0, 2])], [chunk('PLTE', plte), chunk('tRNS', trns)]));

// 3×1 16-bit grayscale: 0x0000, 0x8080, 0xffff → 0, 128, 255 in 8 bits.
writeFileSync(join(out, 'gray16.png'), rawPng(3, 1, 16, 0, [Buffer.from([0x00, 0x00, 0x80, 0x80, 0xff, 0xff])]));

// 16×8 JPEG, left half red, right half blue.
const jpgData = Buffer.alloc(16 * 8 * 4);
for (let i = 0; i < 16 * 8; i++) {
  const left = i % 16 < 8;
  jpgData.set(left ? [230, 20, 20, 255] : [20, 20, 230, 255], i * 4);
}
writeFileSync(join(out, 'halves.jpg'), jpeg.encode({ width: 16, height: 8, data: jpgData }, 90).data);

console.log(`wrote fixtures to ${out}`);
