import { formatHex, type Palette } from '../core';

/** The palette as rows of a table; with `colour`, each row starts with a 24-bit ANSI swatch. */
export function formatPaletteTable(palette: Palette, colour: boolean): string {
  const lines = [`   #  ${colour ? '      ' : ''}hex         L       a       b   share`];
  for (let i = 0; i < palette.frequency.length; i++) {
    const [r, g, b] = palette.rgb.subarray(i * 3, i * 3 + 3);
    const [L, A, B] = palette.lab.subarray(i * 3, i * 3 + 3);
    const swatch = colour ? `\x1b[48;2;${r};${g};${b}m    \x1b[0m  ` : '';
    const num = (x: number): string => x.toFixed(1).padStart(6);
    lines.push(
      `${String(i + 1).padStart(4)}  ${swatch}${formatHex(r, g, b)}  ${num(L)}  ${num(A)}  ${num(B)}  ${(palette.frequency[i] * 100).toFixed(1).padStart(5)}%`,
    );
  }
  return `${lines.join('\n')}\n`;
}
