/**
 * UTF-8 without TextEncoder: core compiles with no DOM or Node types, and
 * the style format must be readable wherever core runs.
 */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Strict decoding: malformed sequences throw rather than turn into U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let extra: number;
    if (b < 0x80) [cp, extra] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [cp, extra] = [b & 31, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, extra] = [b & 15, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, extra] = [b & 7, 3];
    else throw new Error(`invalid UTF-8 at byte ${i}`);
    for (let j = 1; j <= extra; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) throw new Error(`invalid UTF-8 at byte ${i + j}`);
      cp = (cp << 6) | (c & 63);
    }
    out += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return out;
}
