import { SaxesParser } from 'saxes';
import svgpath from 'svgpath';
import type { FakeFigma } from './FakeFigma';
import type { FakeContainerNode, FakePage, FakeSceneNode } from './FakeNodes';

/** Inputs beyond these are refused: the importer is for drawings, not for arbitrary documents. */
export const SVG_IMPORT_LIMITS = { chars: 4_000_000, elements: 20_000, depth: 64 } as const;

export interface ImportSvgOptions {
  readonly name: string;
  readonly x?: number;
  readonly y?: number;
  readonly parent?: FakeContainerNode | FakePage;
  /** Every colour turned to its gray (0.21 R + 0.72 G + 0.07 B), as gray art is made from colour art. */
  readonly gray?: boolean;
}

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Element[];
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Paint properties SVG inherits down the tree. */
interface Inherited {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  readonly fillRule: string;
}

/**
 * Imports an SVG drawing as fake Figma layers, the way Figma's SVG import
 * lays it out: a FRAME of the SVG's size; `<g>` → GROUP; masked groups → a
 * GROUP whose first layer is the mask (`isMask`); `<rect>`/`<circle>`/
 * `<ellipse>` → RECTANGLE/ELLIPSE when only translated and scaled, every other
 * shape → VECTOR with its path (arcs and shorthands expanded, transforms
 * applied) in its own coordinates. Solid fills and strokes with their
 * opacities; x/y relative to the frame, as Figma places children of groups.
 * Covers what illustration exports use (paths, basic shapes, groups,
 * transforms, masks, presentation attributes), not CSS, text or gradients.
 */
export function importSvg(fake: FakeFigma, source: string, options: ImportSvgOptions): FakeContainerNode {
  const root = parseSvg(source);
  const viewBox = (root.attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
  const hasViewBox = viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0;
  const width = positive(parseFloat(root.attributes.width ?? '')) ?? (hasViewBox ? viewBox[2] : 100);
  const height = positive(parseFloat(root.attributes.height ?? '')) ?? (hasViewBox ? viewBox[3] : 100);
  const base: Matrix = hasViewBox
    ? [width / viewBox[2], 0, 0, height / viewBox[3], (-viewBox[0] * width) / viewBox[2], (-viewBox[1] * height) / viewBox[3]]
    : IDENTITY;

  const frame = fake.createNode('FRAME', options.name, options.parent) as FakeContainerNode;
  frame.resize(width, height);
  frame.x = options.x ?? 0;
  frame.y = options.y ?? 0;
  frame.fills = [];
  const masks = new Map<string, Element>();
  collectMasks(root, masks);
  const importer = new Importer(fake, masks, options.gray === true);
  const inherited: Inherited = { fill: 'black', stroke: 'none', strokeWidth: 1, fillOpacity: 1, strokeOpacity: 1, fillRule: 'nonzero' };
  importer.children(root, frame, base, importer.inherit(root, inherited));
  fake.markSetupDone();
  return frame;
}

class Importer {
  private count = 0;

  constructor(
    private readonly fake: FakeFigma,
    private readonly masks: ReadonlyMap<string, Element>,
    private readonly gray: boolean,
  ) {}

  inherit(element: Element, from: Inherited): Inherited {
    const a = attributesOf(element);
    return {
      fill: a.fill ?? from.fill,
      stroke: a.stroke ?? from.stroke,
      strokeWidth: a['stroke-width'] !== undefined ? parseFloat(a['stroke-width']) || 0 : from.strokeWidth,
      fillOpacity: a['fill-opacity'] !== undefined ? clamp01(parseFloat(a['fill-opacity'])) : from.fillOpacity,
      strokeOpacity: a['stroke-opacity'] !== undefined ? clamp01(parseFloat(a['stroke-opacity'])) : from.strokeOpacity,
      fillRule: a['fill-rule'] ?? from.fillRule,
    };
  }

  children(element: Element, parent: FakeContainerNode, matrix: Matrix, inherited: Inherited): void {
    for (const child of element.children) this.element(child, parent, matrix, inherited);
  }

  private element(element: Element, parent: FakeContainerNode, outer: Matrix, from: Inherited): FakeSceneNode | null {
    if (['defs', 'mask', 'clipPath', 'metadata', 'title', 'desc', 'style', 'linearGradient', 'radialGradient'].includes(element.name)) return null;
    const a = attributesOf(element);
    if (a.display === 'none' || a.visibility === 'hidden') return null;
    const matrix = multiply(outer, parseTransform(a.transform ?? ''));
    const inherited = this.inherit(element, from);
    const opacity = a.opacity !== undefined ? clamp01(parseFloat(a.opacity)) : 1;
    let node: FakeSceneNode | null;
    if (element.name === 'g' || element.name === 'svg') node = this.group(element, parent, matrix, inherited);
    else node = this.shape(element, parent, matrix, inherited);
    if (node !== null && opacity < 1) node.opacity = opacity;
    return node;
  }

  private group(element: Element, parent: FakeContainerNode, matrix: Matrix, inherited: Inherited): FakeSceneNode | null {
    const group = this.fake.createNode('GROUP', element.attributes.id ?? 'Group', parent) as FakeContainerNode;
    const maskId = /url\(#([^)]+)\)/.exec(element.attributes.mask ?? '')?.[1];
    const mask = maskId === undefined ? undefined : this.masks.get(maskId);
    if (mask !== undefined) {
      group.name = 'Mask group';
      const maskLayer = this.maskLayer(mask, group, matrix, inherited);
      if (maskLayer !== null) {
        maskLayer.isMask = true;
        maskLayer.state.maskType = /mask-type\s*:\s*alpha/.test(mask.attributes.style ?? '') ? 'ALPHA' : 'LUMINANCE';
      }
    }
    this.children(element, group, matrix, inherited);
    const children = group.state.children ?? [];
    if (children.length === 0 || children.every((child) => child.isMask)) {
      group.remove();
      return null;
    }
    fitGroup(group);
    return group;
  }

  /** The mask's content as one layer: its only shape, or a group of its shapes. */
  private maskLayer(mask: Element, group: FakeContainerNode, matrix: Matrix, inherited: Inherited): FakeSceneNode | null {
    const shapes = mask.children.filter((child) => child.name !== 'defs');
    if (shapes.length === 1) return this.element(shapes[0], group, matrix, this.inherit(mask, inherited));
    return this.group({ name: 'g', attributes: { id: 'Mask' }, children: shapes }, group, matrix, this.inherit(mask, inherited));
  }

  private shape(element: Element, parent: FakeContainerNode, matrix: Matrix, inherited: Inherited): FakeSceneNode | null {
    const a = element.attributes;
    const d = outline(element);
    if (d === null) return null;
    const scale = Math.sqrt(Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]));
    const axisAligned = Math.abs(matrix[1]) < 1e-9 && Math.abs(matrix[2]) < 1e-9 && matrix[0] > 0 && matrix[3] > 0;
    const name = a.id ?? `${element.name[0].toUpperCase()}${element.name.slice(1)} ${++this.count}`;
    let node: FakeSceneNode;
    if (axisAligned && (element.name === 'rect' || element.name === 'circle' || element.name === 'ellipse')) {
      const box = boxOf(element);
      const isRect = element.name === 'rect';
      node = this.fake.createNode(isRect ? 'RECTANGLE' : 'ELLIPSE', name, parent);
      node.x = round(matrix[0] * box.x + matrix[4]);
      node.y = round(matrix[3] * box.y + matrix[5]);
      node.state.width = round(box.width * matrix[0]);
      node.state.height = round(box.height * matrix[3]);
      if (isRect) node.state.cornerRadius = round((parseFloat(a.rx ?? a.ry ?? '0') || 0) * matrix[0]);
    } else {
      const path = toFigmaPath(d, matrix);
      if (path === null) return null;
      node = this.fake.createNode('VECTOR', name, parent);
      node.x = path.x;
      node.y = path.y;
      node.state.width = Math.max(path.width, 0.01);
      node.state.height = Math.max(path.height, 0.01);
      node.vectorPaths = [{ windingRule: inherited.fillRule === 'evenodd' ? 'EVENODD' : 'NONZERO', data: path.data }];
    }
    const fill = element.name === 'line' ? null : this.paint(inherited.fill, inherited.fillOpacity);
    const stroke = this.paint(inherited.stroke, inherited.strokeOpacity);
    node.fills = fill === null ? [] : [fill];
    node.strokes = stroke === null ? [] : [stroke];
    node.strokeWeight = round(inherited.strokeWidth * scale);
    node.strokeAlign = 'CENTER';
    return node;
  }

  private paint(value: string, opacity: number): SolidPaint | null {
    const colour = parseColour(value);
    if (colour === null) return null;
    const gray = 0.21 * colour.r + 0.72 * colour.g + 0.07 * colour.b;
    const color = this.gray ? { r: gray, g: gray, b: gray } : colour;
    return opacity < 1 ? { type: 'SOLID', color, opacity } : { type: 'SOLID', color };
  }
}

/** Parses with saxes into a small element tree, within SVG_IMPORT_LIMITS. */
function parseSvg(source: string): Element {
  if (typeof source !== 'string' || source.length > SVG_IMPORT_LIMITS.chars) {
    throw new Error(`importSvg: expected SVG text of at most ${SVG_IMPORT_LIMITS.chars} characters`);
  }
  const parser = new SaxesParser();
  const stack: Element[] = [];
  let root: Element | null = null;
  let elements = 0;
  parser.on('opentag', (tag) => {
    if (++elements > SVG_IMPORT_LIMITS.elements) throw new Error(`importSvg: more than ${SVG_IMPORT_LIMITS.elements} elements`);
    if (stack.length >= SVG_IMPORT_LIMITS.depth) throw new Error(`importSvg: nested deeper than ${SVG_IMPORT_LIMITS.depth}`);
    const element: Element = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    if (stack.length === 0) root = element;
    else stack[stack.length - 1].children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.write(source).close();
  const found = root as Element | null;
  if (found === null || found.name !== 'svg') throw new Error('importSvg: the document is not an <svg>');
  return found;
}

function collectMasks(element: Element, out: Map<string, Element>): void {
  for (const child of element.children) {
    if (child.name === 'mask' && child.attributes.id) out.set(child.attributes.id, child);
    collectMasks(child, out);
  }
}

/** Presentation attributes with `style` declarations over them, as CSS ranks them. */
function attributesOf(element: Element): Record<string, string> {
  const out: Record<string, string> = { ...element.attributes };
  for (const declaration of (element.attributes.style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) out[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return out;
}

/** The element's outline as SVG path data in its own user space, or null when it draws nothing. */
function outline(element: Element): string | null {
  const a = element.attributes;
  const n = (key: string) => parseFloat(a[key] ?? '0') || 0;
  switch (element.name) {
    case 'path':
      return a.d && a.d.trim() !== '' ? a.d : null;
    case 'rect': {
      const { x, y, width: w, height: h } = boxOf(element);
      if (!(w > 0 && h > 0)) return null;
      const rx = Math.min(n('rx') || n('ry'), w / 2);
      const ry = Math.min(n('ry') || n('rx'), h / 2);
      if (rx <= 0 || ry <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      return (
        `M${x + rx} ${y}H${x + w - rx}A${rx} ${ry} 0 0 1 ${x + w} ${y + ry}V${y + h - ry}A${rx} ${ry} 0 0 1 ${x + w - rx} ${y + h}` +
        `H${x + rx}A${rx} ${ry} 0 0 1 ${x} ${y + h - ry}V${y + ry}A${rx} ${ry} 0 0 1 ${x + rx} ${y}Z`
      );
    }
    case 'circle':
    case 'ellipse': {
      const { x, y, width: w, height: h } = boxOf(element);
      if (!(w > 0 && h > 0)) return null;
      const rx = w / 2;
      const ry = h / 2;
      return `M${x} ${y + ry}A${rx} ${ry} 0 1 0 ${x + w} ${y + ry}A${rx} ${ry} 0 1 0 ${x} ${y + ry}Z`;
    }
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polyline':
    case 'polygon': {
      const numbers = (a.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number)
        .filter(Number.isFinite);
      if (numbers.length < 4) return null;
      let d = `M${numbers[0]} ${numbers[1]}`;
      for (let i = 2; i + 1 < numbers.length; i += 2) d += `L${numbers[i]} ${numbers[i + 1]}`;
      return element.name === 'polygon' ? `${d}Z` : d;
    }
    default:
      return null;
  }
}

function boxOf(element: Element): { x: number; y: number; width: number; height: number } {
  const a = element.attributes;
  const n = (key: string) => parseFloat(a[key] ?? '0') || 0;
  if (element.name === 'rect') return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
  const rx = element.name === 'circle' ? n('r') : n('rx');
  const ry = element.name === 'circle' ? n('r') : n('ry');
  return { x: n('cx') - rx, y: n('cy') - ry, width: 2 * rx, height: 2 * ry };
}

/**
 * Path data as Figma stores it: absolute M/L/Q/C/Z only, transformed into
 * the frame's space, then moved so the node's box starts at 0,0.
 */
function toFigmaPath(d: string, matrix: Matrix): { x: number; y: number; width: number; height: number; data: string } | null {
  const segments: (string | number)[][] = [];
  svgpath(d)
    .abs()
    .unshort()
    .unarc()
    .matrix(matrix.slice())
    .abs()
    .iterate((segment, _index, x, y) => {
      const [command, ...args] = segment as [string, ...number[]];
      if (command === 'H') segments.push(['L', args[0], y]);
      else if (command === 'V') segments.push(['L', x, args[0]]);
      else if (command === 'Z' || command === 'z') segments.push(['Z']);
      else segments.push([command, ...args]);
    });
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const segment of segments) {
    for (let i = 1; i + 1 < segment.length; i += 2) {
      const x = segment[i] as number;
      const y = segment[i + 1] as number;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (!Number.isFinite(minX)) return null;
  const data = segments.map(([command, ...args]) => [command, ...(args as number[]).map((v, i) => round(v - (i % 2 === 0 ? minX : minY)))].join(' ')).join(' ');
  return { x: round(minX), y: round(minY), width: round(maxX - minX), height: round(maxY - minY), data };
}

/** Sizes a group to its children's boxes, as Figma does. */
function fitGroup(group: FakeContainerNode): void {
  const children = group.state.children ?? [];
  const minX = Math.min(...children.map((c) => c.x));
  const minY = Math.min(...children.map((c) => c.y));
  const maxX = Math.max(...children.map((c) => c.x + c.width));
  const maxY = Math.max(...children.map((c) => c.y + c.height));
  group.x = round(minX);
  group.y = round(minY);
  group.state.width = Math.max(round(maxX - minX), 0.01);
  group.state.height = Math.max(round(maxY - minY), 0.01);
}

/** translate, scale, rotate (with centre), skewX/Y and matrix, composed left to right. */
function parseTransform(text: string): Matrix {
  let m: Matrix = IDENTITY;
  for (const [, name, body] of text.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const v = body
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const rad = ((v[0] ?? 0) * Math.PI) / 180;
    if (name === 'translate') m = multiply(m, [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]);
    else if (name === 'scale') m = multiply(m, [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0]);
    else if (name === 'matrix' && v.length === 6) m = multiply(m, v as unknown as Matrix);
    else if (name === 'skewX') m = multiply(m, [1, 0, Math.tan(rad), 1, 0, 0]);
    else if (name === 'skewY') m = multiply(m, [1, Math.tan(rad), 0, 1, 0, 0]);
    else if (name === 'rotate') {
      const [cx, cy] = [v[1] ?? 0, v[2] ?? 0];
      m = multiply(m, [1, 0, 0, 1, cx, cy]);
      m = multiply(m, [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0]);
      m = multiply(m, [1, 0, 0, 1, -cx, -cy]);
    }
  }
  return m.every(Number.isFinite) ? m : IDENTITY;
}

function multiply(p: Matrix, q: Matrix): Matrix {
  return [
    p[0] * q[0] + p[2] * q[1],
    p[1] * q[0] + p[3] * q[1],
    p[0] * q[2] + p[2] * q[3],
    p[1] * q[2] + p[3] * q[3],
    p[0] * q[4] + p[2] * q[5] + p[4],
    p[1] * q[4] + p[3] * q[5] + p[5],
  ];
}

const NAMED: Record<string, RGB> = {
  black: { r: 0, g: 0, b: 0 },
  white: { r: 1, g: 1, b: 1 },
  red: { r: 1, g: 0, b: 0 },
  green: { r: 0, g: 128 / 255, b: 0 },
  blue: { r: 0, g: 0, b: 1 },
  gray: { r: 128 / 255, g: 128 / 255, b: 128 / 255 },
  grey: { r: 128 / 255, g: 128 / 255, b: 128 / 255 },
};

function parseColour(value: string): RGB | null {
  const text = value.trim().toLowerCase();
  if (text === 'none' || text === 'transparent' || text.startsWith('url(')) return null;
  if (NAMED[text]) return NAMED[text];
  let m = /^#([0-9a-f]{3})$/.exec(text);
  if (m) return { r: parseInt(m[1][0] + m[1][0], 16) / 255, g: parseInt(m[1][1] + m[1][1], 16) / 255, b: parseInt(m[1][2] + m[1][2], 16) / 255 };
  m = /^#([0-9a-f]{6})$/.exec(text);
  if (m) return { r: parseInt(m[1].slice(0, 2), 16) / 255, g: parseInt(m[1].slice(2, 4), 16) / 255, b: parseInt(m[1].slice(4), 16) / 255 };
  m = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/.exec(text);
  if (m) return { r: Math.min(255, +m[1]) / 255, g: Math.min(255, +m[2]) / 255, b: Math.min(255, +m[3]) / 255 };
  return null;
}

function positive(value: number): number | undefined {
  return value > 0 && Number.isFinite(value) ? value : undefined;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 1;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
