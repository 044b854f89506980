let table: Uint32Array | undefined;

/**
 * CRC-32 (ISO-HDLC, the polynomial of zlib, PNG and gzip), table-driven: a
 * style's checksum (see serializeStyle). Hand-written because it is eight
 * lines, must run in the Figma sandbox and core takes no runtime
 * dependency for it; checked against zlib's crc32 in the tests.
 */
export function crc32(bytes: Uint8Array): number {
  table ??= makeTable();
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
