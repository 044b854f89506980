import { parseCssColour } from './parseCssColour';
import type { Paint, PaintSlot } from './PaintSlot';
import type { SvgDocument, SvgElement } from './SvgDocument';
import { styleDeclarations } from './styleDeclarations';

/** Elements that paint geometry with fill and stroke: the leaves Hueprint recolours. */
export const SHAPE_ELEMENTS = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath']);
const GRADIENTS = new Set(['linearGradient', 'radialGradient']);

interface Computed {
  readonly fill: string;
  readonly stroke: string;
  readonly color: string;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  /** Product of `opacity` down to here. */
  readonly opacity: number;
  readonly strokeWidth: string;
  /** How much the transforms down to here scale lengths (the square root of their determinant). */
  readonly scale: number;
  /** display: none here or above: nothing below renders. */
  readonly displayNone: boolean;
  /** Inherited; a child may be visible again inside a hidden group. */
  readonly visibility: string;
}

const ROOT: Computed = {
  fill: 'black',
  stroke: 'none',
  color: 'black',
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  strokeWidth: '1',
  scale: 1,
  displayNone: false,
  visibility: 'visible',
};

/** The value an element declares for a property: its inline style first, then its attribute. */
export function declaredValue(element: SvgElement, property: string, style = styleDeclarations(element.attributes.style)): string | undefined {
  return style.get(property) ?? element.attributes[property];
}

function opacityOf(value: string | undefined, inherited: number): number {
  if (value === undefined || value.trim() === 'inherit') return inherited;
  const v = value.trim();
  const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : inherited;
}

/**
 * Every fill and stroke that paints a shape of the drawing, in document
 * order: what it is (a colour, a gradient, something else), the opacity it
 * shows with and where it is declared. Shapes inside masks, clip paths and
 * patterns, hidden ones (display: none, visibility: hidden) and paints of
 * "none" have no slot. Inheritance follows SVG's presentation attributes
 * and inline styles; <style> sheets are not resolved (their shapes still get
 * slots, with the colour their attributes say).
 */
export function findPaintSlots(doc: SvgDocument): PaintSlot[] {
  const computed: Computed[] = [];
  const ids = new Map<string, number>();
  for (const e of doc.elements) if (e.attributes.id !== undefined && !ids.has(e.attributes.id)) ids.set(e.attributes.id, e.index);
  const hasStops = new Set<number>();
  for (const e of doc.elements) if (e.localName === 'stop' && e.parent >= 0) hasStops.add(e.parent);
  const servers = { ids, hasStops };
  const slots: PaintSlot[] = [];
  for (const e of doc.elements) {
    const parent = e.parent >= 0 ? computed[e.parent] : ROOT;
    const style = styleDeclarations(e.attributes.style);
    const value = (property: string, inherited: string): string => {
      const v = declaredValue(e, property, style);
      return v === undefined || v.trim() === 'inherit' ? inherited : v.trim();
    };
    const c: Computed = {
      fill: value('fill', parent.fill),
      stroke: value('stroke', parent.stroke),
      color: value('color', parent.color),
      fillOpacity: opacityOf(declaredValue(e, 'fill-opacity', style), parent.fillOpacity),
      strokeOpacity: opacityOf(declaredValue(e, 'stroke-opacity', style), parent.strokeOpacity),
      opacity: parent.opacity * opacityOf(declaredValue(e, 'opacity', style), 1),
      strokeWidth: value('stroke-width', parent.strokeWidth),
      scale: parent.scale * transformScale(e.attributes.transform),
      displayNone: parent.displayNone || declaredValue(e, 'display', style)?.trim() === 'none',
      visibility: value('visibility', parent.visibility),
    };
    computed.push(c);
    if (!SHAPE_ELEMENTS.has(e.localName) || e.inGeometry || c.displayNone || c.visibility !== 'visible') continue;
    const slot = (which: 'fill' | 'stroke', raw: string, alpha: number, strokeWidth = NaN): void => {
      const paint = paintOf(raw, c.color, servers, doc);
      if (!paint) return;
      const attribute = e.attributes[which] !== undefined;
      slots.push({ element: e.index, which, paint, alpha, strokeWidth, declared: { attribute, style: style.has(which) } });
    };
    slot('fill', c.fill, c.opacity * c.fillOpacity);
    const width = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(c.strokeWidth);
    const strokeWidth = width ? Number(width[1]) * c.scale : NaN;
    if (!(strokeWidth <= 0)) slot('stroke', c.stroke, c.opacity * c.strokeOpacity, strokeWidth);
  }
  return slots;
}

/** A paint value → what it paints with, or undefined for none. */
interface PaintServers {
  readonly ids: ReadonlyMap<string, number>;
  readonly hasStops: ReadonlySet<number>;
}

function paintOf(raw: string, color: string, servers: PaintServers, doc: SvgDocument): Paint | undefined {
  const v = raw.trim();
  if (v === 'none' || v === 'transparent') return undefined;
  const url = /^url\(\s*['"]?#([^'")]+)['"]?\s*\)\s*(.*)$/i.exec(v);
  if (url) {
    const target = servers.ids.get(url[1]);
    if (target === undefined) {
      // A missing paint server falls back to the colour after it, or paints nothing.
      return url[2] ? paintOf(url[2], color, servers, doc) : undefined;
    }
    const owner = GRADIENTS.has(doc.elements[target].localName) ? stopsOwner(target, servers.ids, servers.hasStops, doc) : undefined;
    return owner === undefined ? { kind: 'other' } : { kind: 'gradient', stopsOwner: owner };
  }
  const rgb = parseCssColour(v.toLowerCase() === 'currentcolor' ? color : v);
  return rgb ? { kind: 'colour', rgb } : { kind: 'other' };
}

/** The gradient whose <stop>s a gradient uses: itself, or the one its href chain leads to. */
export function stopsOwner(gradient: number, ids: ReadonlyMap<string, number>, hasStops: ReadonlySet<number>, doc: SvgDocument): number | undefined {
  const seen = new Set<number>();
  let current: number | undefined = gradient;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const element: SvgElement = doc.elements[current];
    if (!GRADIENTS.has(element.localName)) return undefined;
    if (hasStops.has(current)) return current;
    const href: string | undefined = element.attributes.href ?? element.attributes['xlink:href'];
    current = href?.trim().startsWith('#') ? ids.get(href.trim().slice(1)) : undefined;
  }
  return undefined;
}

/** How much an SVG transform list scales lengths: √|det| of its matrix (translations and rotations: 1). */
export function transformScale(transform: string | undefined): number {
  if (!transform) return 1;
  let scale = 1;
  for (const m of transform.matchAll(/(matrix|scale)\s*\(([^)]*)\)/g)) {
    const n = m[2]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (!n.every(Number.isFinite)) continue;
    if (m[1] === 'matrix' && n.length === 6) scale *= Math.sqrt(Math.abs(n[0] * n[3] - n[1] * n[2]));
    else if (m[1] === 'scale' && n.length >= 1) scale *= Math.sqrt(Math.abs(n[0] * (n.length > 1 ? n[1] : n[0])));
  }
  return scale;
}
