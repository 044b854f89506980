/** Whether file bytes look like SVG: XML text (a "<" first, after a byte-order mark and white space) with "<svg" in its first 4 kB. */
export function isSvgBytes(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x3c) return false;
  return /<(\w+:)?svg[\s>]/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
}

/** Whether a path names an SVG file, by its extension (how outputs are named). */
export function isSvgPath(path: string): boolean {
  return /\.svg$/i.test(path);
}
