/**
 * RFC 4648 base64, hand-written because the Figma sandbox guarantees neither
 * btoa/atob nor TextEncoder, and shared plugin data only takes strings.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}

/** Bytes → padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = ENCODE[(n >> 6) & 63];
    out[o++] = ENCODE[n & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = ENCODE[n >> 18];
    out[o++] = ENCODE[(n >> 12) & 63];
    out[o++] = rest === 2 ? ENCODE[(n >> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  return asciiToString(out);
}

/** Padded base64 → bytes; throws on a wrong length or a character outside the alphabet. */
export function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error(`Invalid base64: length ${text.length} is not a multiple of 4`);
  let padding = 0;
  if (text.length > 0 && text.charCodeAt(text.length - 1) === PAD) padding++;
  if (text.length > 1 && text.charCodeAt(text.length - 2) === PAD) padding++;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      const isPad = code === PAD && i + j >= text.length - padding;
      const value = isPad ? 0 : code < 256 ? DECODE[code] : -1;
      if (value < 0) throw new Error(`Invalid base64: unexpected character at ${i + j}`);
      n = (n << 6) | value;
    }
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function asciiToString(codes: Uint8Array): string {
  const parts: string[] = [];
  const step = 8192; // keeps fromCharCode's argument list well under engine limits
  for (let i = 0; i < codes.length; i += step) {
    parts.push(String.fromCharCode.apply(null, Array.prototype.slice.call(codes, i, i + step) as number[]));
  }
  return parts.join('');
}
