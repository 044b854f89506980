import { grayOf } from '../../core/colour/grayOf';
import { rgbToLab } from '../../core/colour/rgbToLab';
import type { ShapeHints } from '../../core/vector/ShapeMap';
import type { PaintSlot } from './PaintSlot';
import { parseCssColour } from './parseCssColour';
import type { SvgDocument } from './SvgDocument';
import { styleDeclarations } from './styleDeclarations';

/** CIELAB chroma above which a paint counts as coloured (a hint) rather than gray. */
export const HINT_CHROMA = 10;

function chroma(rgb: readonly number[]): number {
  const lab = rgbToLab(rgb[0], rgb[1], rgb[2]);
  return Math.hypot(lab[1], lab[2]);
}

/** The colours of a gradient's stops. */
export function gradientStops(doc: SvgDocument, owner: number): [number, number, number][] {
  return doc.elements
    .filter((e) => e.parent === owner && e.localName === 'stop')
    .map((stop) => parseCssColour(styleDeclarations(stop.attributes.style).get('stop-color') ?? stop.attributes['stop-color'] ?? 'black') ?? [0, 0, 0]);
}

/**
 * Which slots are already in colour (hints: kept, and they steer the rest),
 * and every slot's own gray level (a gradient's: the mean of its stops').
 */
export function slotHints(doc: SvgDocument, slots: readonly PaintSlot[]): { hints: ShapeHints; levels: Uint8Array; hintCount: number } {
  const isHint = new Uint8Array(slots.length);
  const rgb = new Uint8Array(slots.length * 3);
  const levels = new Uint8Array(slots.length);
  let hintCount = 0;
  slots.forEach((slot, i) => {
    const paint = slot.paint;
    if (paint.kind === 'colour') {
      levels[i] = Math.round(grayOf(paint.rgb[0], paint.rgb[1], paint.rgb[2]));
      if (chroma(paint.rgb) > HINT_CHROMA) {
        isHint[i] = 1;
        rgb.set(paint.rgb, i * 3);
      }
    } else if (paint.kind === 'gradient') {
      const stops = gradientStops(doc, paint.stopsOwner);
      levels[i] = Math.round(stops.reduce((sum, s) => sum + grayOf(s[0], s[1], s[2]), 0) / Math.max(1, stops.length));
      const coloured = stops.find((s) => chroma(s) > HINT_CHROMA);
      if (coloured) {
        isHint[i] = 1;
        rgb.set(coloured, i * 3);
      }
    }
    hintCount += isHint[i];
  });
  return { hints: { isHint, rgb }, levels, hintCount };
}
