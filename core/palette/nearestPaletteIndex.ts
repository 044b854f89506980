import type { Palette } from '../types';
import { nearestLabIndex } from './nearestLabIndex';

/** Index of the palette colour nearest to (L, a, b) in CIELAB (see nearestLabIndex). */
export function nearestPaletteIndex(L: number, a: number, b: number, palette: Palette): number {
  return nearestLabIndex(L, a, b, palette.lab);
}
