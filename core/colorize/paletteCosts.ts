import { deltaE2000 } from '../colour/deltaE2000';
import type { Palette } from '../types';

/** K × K CIEDE2000 distances between palette colours: the cost of painting colour i where j belongs. */
export function paletteCosts(palette: Palette): Float32Array {
  const k = palette.frequency.length;
  const lab = palette.lab;
  const costs = new Float32Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const d = deltaE2000(lab[i * 3], lab[i * 3 + 1], lab[i * 3 + 2], lab[j * 3], lab[j * 3 + 1], lab[j * 3 + 2]);
      costs[i * k + j] = d;
      costs[j * k + i] = d;
    }
  }
  return costs;
}
