import { attributeRanges } from './attributeRanges';
import type { PaintSlot } from './PaintSlot';
import { parseCssColour } from './parseCssColour';
import type { SvgDocument, SvgElement } from './SvgDocument';
import { declarationValueRange, styleDeclarations } from './styleDeclarations';
import { applyTextEdits, type TextEdit } from './TextEdit';

export type Rgb = readonly [number, number, number];

export interface Recolouring {
  /** The new colour of a slot painted with a colour, or undefined to leave it. */
  colourOf(slot: number): Rgb | undefined;
  /** The new colour of one stop of a slot's gradient (given the stop's colour now), or undefined to leave the gradient. */
  stopColourOf(slot: number, stop: Rgb): Rgb | undefined;
}

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The SVG with only colours changed: each recoloured fill and stroke is
 * replaced where the element declares it (attribute, inline style, or both),
 * or added to the element when it was inherited; a gradient's stop colours
 * are replaced on its <stop>s (the first slot to recolour a gradient
 * decides it). Every other byte of the text stays as it was.
 */
export function recolourSvg(doc: SvgDocument, slots: readonly PaintSlot[], recolouring: Recolouring): string {
  const edits: TextEdit[] = [];
  const doneGradients = new Set<number>();
  const stopsOf = new Map<number, SvgElement[]>();
  for (const e of doc.elements) if (e.localName === 'stop' && e.parent >= 0) stopsOf.set(e.parent, [...(stopsOf.get(e.parent) ?? []), e]);
  slots.forEach((slot, i) => {
    const element = doc.elements[slot.element];
    if (slot.paint.kind === 'colour') {
      const rgb = recolouring.colourOf(i);
      if (rgb) edits.push(...setColour(doc, element, slot.which, hex(rgb), slot.declared));
      return;
    }
    if (slot.paint.kind !== 'gradient' || doneGradients.has(slot.paint.stopsOwner)) return;
    const stops = stopsOf.get(slot.paint.stopsOwner) ?? [];
    const colours = stops.map((stop) => recolouring.stopColourOf(i, stopColour(stop)));
    if (colours.some((c) => c === undefined)) return;
    doneGradients.add(slot.paint.stopsOwner);
    stops.forEach((stop, s) => {
      const style = styleDeclarations(stop.attributes.style);
      edits.push(
        ...setColour(doc, stop, 'stop-color', hex(colours[s]!), { attribute: stop.attributes['stop-color'] !== undefined, style: style.has('stop-color') }),
      );
    });
  });
  return applyTextEdits(doc.text, edits);
}

function stopColour(stop: SvgElement): Rgb {
  const value = styleDeclarations(stop.attributes.style).get('stop-color') ?? stop.attributes['stop-color'] ?? 'black';
  return parseCssColour(value) ?? [0, 0, 0];
}

/** Edits that set `property` of `element` to `value` where it is declared, or add it. */
function setColour(doc: SvgDocument, element: SvgElement, property: string, value: string, declared: { attribute: boolean; style: boolean }): TextEdit[] {
  const tag = doc.text.slice(element.tagStart, element.tagEnd);
  const { nameEnd, attributes } = attributeRanges(tag);
  const edits: TextEdit[] = [];
  const attribute = attributes.get(property);
  if (declared.attribute && attribute) edits.push({ start: element.tagStart + attribute.start, end: element.tagStart + attribute.end, text: value });
  const style = attributes.get('style');
  if (declared.style && style) {
    const range = declarationValueRange(tag.slice(style.start, style.end), property);
    if (range) edits.push({ start: element.tagStart + style.start + range.start, end: element.tagStart + style.start + range.end, text: value });
  }
  if (edits.length > 0) return edits;
  // Inherited: the element gets its own. A style sheet could override an attribute, never an inline style.
  if (doc.hasStyleSheet) {
    if (style) return [{ start: element.tagStart + style.end, end: element.tagStart + style.end, text: `;${property}:${value}` }];
    return [{ start: element.tagStart + nameEnd, end: element.tagStart + nameEnd, text: ` style="${property}:${value}"` }];
  }
  return [{ start: element.tagStart + nameEnd, end: element.tagStart + nameEnd, text: ` ${property}="${value}"` }];
}
