import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../plugin/styles/base64';

function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 23;
  }
  return out;
}

describe('base64', () => {
  it('matches Node’s encoder for every length 0..300 and a 1 MB buffer, and round-trips', () => {
    for (let n = 0; n <= 300; n++) {
      const b = bytes(n, n + 1);
      const text = encodeBase64(b);
      expect(text).toBe(Buffer.from(b).toString('base64'));
      expect(decodeBase64(text)).toEqual(b);
    }
    const big = bytes(1024 * 1024, 42);
    const text = encodeBase64(big);
    expect(text).toBe(Buffer.from(big).toString('base64'));
    expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(big))).toBe(true);
  });

  it('rejects text that is not base64 instead of returning garbage', () => {
    expect(() => decodeBase64('abc')).toThrow(/multiple of 4/);
    expect(() => decodeBase64('ab$d')).toThrow(/unexpected character at 2/);
    expect(() => decodeBase64('a=bc')).toThrow(/unexpected character at 1/);
    expect(() => decodeBase64('ab€d')).toThrow(/unexpected character/);
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });
});
