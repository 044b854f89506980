import { formatHex } from '../colour/formatHex';
import { crc32 } from './crc32';
import { displaySafeName } from './displaySafeName';
import { STYLE_VERSION } from './StyleFile';
import type { StyleFile } from './StyleFile';
import type { StyleHeader } from './styleHeaderSchema';
import { encodeUtf8 } from './utf8';

/** First bytes of every style file: "HUEPRINT". */
export const STYLE_MAGIC = [0x48, 0x55, 0x45, 0x50, 0x52, 0x49, 0x4e, 0x54];

/**
 * A style as one self-describing `.hueprint` file: the 8-byte magic
 * "HUEPRINT", a little-endian u32 header length, a UTF-8 JSON header (format,
 * version, name, date, palette, architecture, lookup table, training report
 * and the weights' names and shapes), zero padding to a 4-byte boundary,
 * then every weight as little-endian float32 in header order, then (from
 * format version 2) the CRC-32 of everything before it as a little-endian
 * u32, so a damaged file is refused rather than colorizing with changed
 * weights (four flipped bits changed 98.6% of output pixels). Binary rather
 * than JSON numbers because the weights are most of the file: 60 k floats
 * are 240 kB here and three times that as text, and round-trip exactly.
 */
export function serializeStyle(style: StyleFile): Uint8Array {
  const k = style.palette.frequency.length;
  const rgb: string[] = [];
  for (let i = 0; i < k; i++) rgb.push(formatHex(style.palette.rgb[i * 3], style.palette.rgb[i * 3 + 1], style.palette.rgb[i * 3 + 2]));
  const header: StyleHeader = {
    format: style.format,
    // A style read from an older file is written in the current format, checksum included.
    version: STYLE_VERSION,
    name: displaySafeName(style.name),
    createdAt: style.createdAt,
    palette: { rgb, lab: Array.from(style.palette.lab), frequency: Array.from(style.palette.frequency) },
    model: style.model,
    lookup: Array.from(style.lookup),
    training: style.training as StyleHeader['training'],
    weights: style.weights.map((w) => ({ name: w.name, shape: [...w.shape] })),
  };
  const json = encodeUtf8(JSON.stringify(header, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value)));
  const weightsStart = align4(12 + json.length);
  const floats = style.weights.reduce((sum, w) => sum + w.data.length, 0);
  const weightsEnd = weightsStart + floats * 4;
  const bytes = new Uint8Array(weightsEnd + CHECKSUM_BYTES);
  bytes.set(STYLE_MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let offset = weightsStart;
  for (const w of style.weights) {
    for (let i = 0; i < w.data.length; i++, offset += 4) view.setFloat32(offset, w.data[i], true);
  }
  view.setUint32(weightsEnd, crc32(bytes.subarray(0, weightsEnd)), true);
  return bytes;
}

/** The CRC-32 after the weights (format version 2 on). */
export const CHECKSUM_BYTES = 4;

export function align4(n: number): number {
  return (n + 3) & ~3;
}
