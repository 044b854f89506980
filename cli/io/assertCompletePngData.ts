import { constants, inflateSync } from 'node:zlib';
import { ADAM7_PASSES } from './adam7Passes';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Refuses a PNG whose image data is shorter than its header's size needs.
 * pngjs pads short data with zeros, so a damaged 4096×4096 file with 100
 * bytes of data would decode as a blank image, be colorized for a minute,
 * and be written as a blank PNG with exit 0. The data is inflated once to
 * count it (never past the needed length); anything this check cannot
 * read is left for the decoder to report.
 */
export function assertCompletePngData(bytes: Uint8Array, label: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlaced: boolean } | undefined;
  const data: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    const start = at + 8;
    if (start + length > bytes.length) return; // cut inside a chunk: the decoder says so
    if (type === 'IHDR' && length >= 13) {
      header = {
        width: view.getUint32(start),
        height: view.getUint32(start + 4),
        bitDepth: bytes[start + 8],
        colorType: bytes[start + 9],
        interlaced: bytes[start + 12] === 1,
      };
    } else if (type === 'IDAT') data.push(bytes.subarray(start, start + length));
    else if (type === 'IEND') break;
    at = start + length + 4;
  }
  if (!header || CHANNELS[header.colorType] === undefined) return;
  const needed = neededBytes(header.width, header.height, header.bitDepth * CHANNELS[header.colorType], header.interlaced);
  if (needed === 0) return;
  let found: number;
  try {
    found = inflateSync(Buffer.concat(data), { maxOutputLength: needed, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch {
    return; // more data than needed (harmless), or damage the decoder will describe
  }
  if (found < needed) {
    throw new Error(
      `${label} is damaged: its header says ${header.width}×${header.height} px, but it holds only ${found} of the ${needed} bytes of pixel data that size needs ` +
        '(the file was cut short or corrupted). Export it again as PNG and try again.',
    );
  }
}

/** Bytes of filtered scanlines a PNG of this size holds: one filter byte and the packed pixels per row, per interlace pass. */
function neededBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  let total = 0;
  for (const [x0, y0, dx, dy] of ADAM7_PASSES) total += rows(Math.ceil(Math.max(0, width - x0) / dx), Math.ceil(Math.max(0, height - y0) / dy));
  return total;
}
