import { formatHex } from '../colour/formatHex';
import type { StyleFile } from './StyleFile';

/** What a list of styles shows, without the weights. */
export function summarizeStyle(style: StyleFile): { name: string; createdAt: string; k: number; palette: string[] } {
  const k = style.palette.frequency.length;
  const palette: string[] = [];
  for (let i = 0; i < k; i++) palette.push(formatHex(style.palette.rgb[i * 3], style.palette.rgb[i * 3 + 1], style.palette.rgb[i * 3 + 2]));
  return { name: style.name, createdAt: style.createdAt, k, palette };
}
