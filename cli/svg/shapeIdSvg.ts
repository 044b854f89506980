import { appendStyleEdit } from './appendStyleEdit';
import { SHAPE_ELEMENTS } from './findPaintSlots';
import type { PaintSlot } from './PaintSlot';
import { OVERLAY_ALPHA } from '../../core/vector/overlayAlpha';
import { hexOf, shapeIdColour } from '../../core/vector/shapeIdColour';
import type { SvgDocument } from './SvgDocument';
import { applyTextEdits, type TextEdit } from './TextEdit';

/**
 * A copy of the drawing for the one render that makes its shape map: every
 * fill and stroke (slot) painted in its own ID colour (see shapeIdColour),
 * without antialiasing (shape-rendering: crispEdges), opacity, filters or
 * blending, so each pixel shows exactly the ID of the topmost shape there.
 * Translucent overlays (alpha < OVERLAY_ALPHA, e.g. a 20% black shadow) are
 * made invisible: the shape under them owns those pixels, and the overlay,
 * showing no pixel, keeps its colour. Masks and clip paths are geometry and
 * stay as they are; embedded images are hidden. With `overlaysOpaque`, the
 * overlays are painted like any shape instead (a second map then tells
 * which pixels lie under one).
 */
export function shapeIdSvg(doc: SvgDocument, slots: readonly PaintSlot[], renderWidth = doc.width, overlaysOpaque = false): string {
  const overlay = overlaySlots(doc, slots, renderWidth);
  const bySlot = new Map<number, { fill?: number; stroke?: number }>();
  slots.forEach((slot, i) => {
    const entry = bySlot.get(slot.element) ?? {};
    if (overlaysOpaque || !overlay[i]) entry[slot.which] = i;
    bySlot.set(slot.element, entry);
  });
  const edits: TextEdit[] = [];
  for (const e of doc.elements) {
    if (e.inGeometry) continue;
    let declarations = 'opacity:1;filter:none;mix-blend-mode:normal';
    if (SHAPE_ELEMENTS.has(e.localName)) {
      const ids = bySlot.get(e.index) ?? {};
      const paint = (i: number | undefined): string => (i === undefined ? 'none' : hexOf(shapeIdColour(i, slots.length)));
      declarations += `;fill:${paint(ids.fill)};stroke:${paint(ids.stroke)};fill-opacity:1;stroke-opacity:1;shape-rendering:crispEdges;text-rendering:optimizeSpeed`;
    } else if (e.localName === 'image') {
      declarations += ';visibility:hidden';
    } else if (e.localName === 'style' || e.localName === 'stop') {
      continue;
    }
    edits.push(appendStyleEdit(doc.text, e, declarations));
  }
  return applyTextEdits(doc.text, edits);
}

/** The width of the drawing's user space: its viewBox's, else its own width. */
function viewBoxWidth(doc: SvgDocument): number {
  const box = doc.elements[0]?.attributes.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  return box && box.length === 4 && box[2] > 0 ? box[2] : doc.width;
}

/**
 * Which slots are overlays at `renderWidth`: paints showing with less than
 * OVERLAY_ALPHA opacity, including strokes so thin that they cover less
 * than that share of the pixels they cross (a hairline).
 */
export function overlaySlots(doc: SvgDocument, slots: readonly PaintSlot[], renderWidth = doc.width): boolean[] {
  const pixelsPerUnit = renderWidth / viewBoxWidth(doc);
  return slots.map((slot) => {
    const coverage = slot.which === 'stroke' && Number.isFinite(slot.strokeWidth) ? Math.min(1, slot.strokeWidth * pixelsPerUnit) : 1;
    return slot.alpha * coverage < OVERLAY_ALPHA;
  });
}
