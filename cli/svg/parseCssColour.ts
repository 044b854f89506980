import colorNames from 'color-name';

/**
 * A CSS colour as written in SVG → sRGB bytes, or undefined when it is not a
 * plain colour we read (hsl(), system colours…). Forms: #rgb, #rgba,
 * #rrggbb, #rrggbbaa (alpha ignored: opacity is the painter's business),
 * rgb()/rgba() with numbers or percentages, and the CSS named colours.
 */
export function parseCssColour(value: string): [number, number, number] | undefined {
  const v = value.trim().toLowerCase();
  if (v.startsWith('#')) {
    const hex = v.slice(1);
    if (!/^[0-9a-f]+$/.test(hex)) return undefined;
    if (hex.length === 3 || hex.length === 4) return [0, 1, 2].map((i) => parseInt(hex[i] + hex[i], 16)) as [number, number, number];
    if (hex.length === 6 || hex.length === 8) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    return undefined;
  }
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(v);
  if (fn) {
    const parts = fn[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .slice(0, 3);
    if (parts.length !== 3) return undefined;
    const channels = parts.map((p) => (p.endsWith('%') ? (Number(p.slice(0, -1)) * 255) / 100 : Number(p)));
    if (!channels.every(Number.isFinite)) return undefined;
    return channels.map((c) => Math.max(0, Math.min(255, Math.round(c)))) as [number, number, number];
  }
  const named = (colorNames as Record<string, readonly number[]>)[v];
  return named ? [named[0], named[1], named[2]] : undefined;
}
