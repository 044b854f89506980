import type { Palette } from '../types';

/**
 * The same palette ordered dark → light (L*, ties by a*, b*), for showing
 * swatches and naming paint styles in a legible order. Note that a model's
 * outputs index the frequency-sorted palette it was trained with: reorder
 * only copies meant for display.
 */
export function sortPaletteByLightness(palette: Palette): Palette {
  const k = palette.frequency.length;
  const lab = palette.lab;
  const order = Array.from({ length: k }, (_, i) => i).sort(
    (x, y) => lab[x * 3] - lab[y * 3] || lab[x * 3 + 1] - lab[y * 3 + 1] || lab[x * 3 + 2] - lab[y * 3 + 2] || x - y,
  );
  const rgb = new Uint8Array(k * 3);
  const outLab = new Float32Array(k * 3);
  const frequency = new Float32Array(k);
  order.forEach((src, i) => {
    for (let j = 0; j < 3; j++) {
      rgb[i * 3 + j] = palette.rgb[src * 3 + j];
      outLab[i * 3 + j] = lab[src * 3 + j];
    }
    frequency[i] = palette.frequency[src];
  });
  return { rgb, lab: outLab, frequency };
}
