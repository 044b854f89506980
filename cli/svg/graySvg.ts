import { grayOf } from '../../core/colour/grayOf';
import { findPaintSlots } from './findPaintSlots';
import { parseSvg } from './parseSvg';
import { recolourSvg } from './recolourSvg';

/**
 * The SVG with every fill, stroke and stop colour turned to its gray,
 * Gray = 0.21 R + 0.72 G + 0.07 B: the gray art a colour drawing would be
 * colorized from (for evaluation and tests).
 */
export function graySvg(text: string, label = 'The SVG'): string {
  const doc = parseSvg(text, label);
  const gray = (rgb: readonly number[]): [number, number, number] => {
    const g = Math.round(grayOf(rgb[0], rgb[1], rgb[2]));
    return [g, g, g];
  };
  const slots = findPaintSlots(doc);
  return recolourSvg(doc, slots, {
    colourOf: (i) => {
      const paint = slots[i].paint;
      return paint.kind === 'colour' ? gray(paint.rgb) : undefined;
    },
    stopColourOf: (_, rgb) => gray(rgb),
  });
}
