/**
 * '#rrggbb' (or 'rrggbb', or shorthand '#rgb', any case) → [r, g, b] bytes.
 * Palettes travel as hex strings (paint styles, CLI output, saved styles), so
 * a malformed one gets an error that shows it.
 */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(typeof hex === 'string' ? hex.trim() : '');
  if (!m) {
    throw new Error(`${JSON.stringify(hex)} is not a hex colour; write it as #rrggbb, e.g. #ff8800.`);
  }
  let digits = m[1];
  if (digits.length === 3) digits = digits[0] + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
  const v = parseInt(digits, 16);
  return [(v >>> 16) & 255, (v >>> 8) & 255, v & 255];
}
