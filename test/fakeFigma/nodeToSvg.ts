import { encodeBase64 } from '../../plugin/styles/base64';
import type { FakeSceneNode } from './FakeNodes';

/** A node's children (leaves have none). */
function kids(node: FakeSceneNode): ReadonlyArray<FakeSceneNode> {
  return node.state.children ?? [];
}
import { isFrameLike } from './nodeAppearance';

/** What drawing needs from the document: variable values (bound paints) and image bytes (image fills). */
export interface SvgContext {
  variableColour(id: string): RGB | RGBA | null;
  imageBytes(hash: string): Uint8Array | null;
}

/** The SVG of a node and its subtree, `scale` px per canvas unit, and its pixel size. */
export interface NodeSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** Far larger than any canvas: mask, clip and filter regions in user space. */
const HUGE = 1e6;

/**
 * Draws a fake node the way Figma would export it, as one SVG document for a
 * renderer (the browser's in the harness, resvg in Node): fills bottom to top,
 * then strokes (centre, inside or outside), solid and gradient paints with
 * their opacity and blend mode, bound colour variables resolved, image fills,
 * node opacity, blend modes, drop shadows and layer blurs, masks (a mask layer
 * clips the siblings above it), frames clipping their content, boolean
 * operations, and every shape type: VECTOR (vectorPaths), RECTANGLE, ELLIPSE,
 * POLYGON, STAR, LINE and TEXT (one run, the renderer's default font).
 *
 * Coordinates follow Figma: a node's x/y are relative to its nearest frame-like
 * ancestor (groups and boolean operations have no space of their own). The
 * export shows `box`, in the same space: the node's own (x, y, width, height) as
 * `useAbsoluteBounds` asks, or its `renderBox` as Figma's default export.
 */
export function nodeToSvg(node: FakeSceneNode, scale: number, box: Box, context: SvgContext): NodeSvg {
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const writer = new SvgWriter(context);
  // The exported node is drawn even when hidden, as Figma's exportAsync does.
  const body = writer.node(node, true);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)}" preserveAspectRatio="none">` +
    `<defs>${writer.defs.join('')}</defs>${body}</svg>`;
  return { svg, width, height };
}

class SvgWriter {
  readonly defs: string[] = [];
  private nextId = 0;

  constructor(private readonly context: SvgContext) {}

  node(node: FakeSceneNode, forceVisible = false): string {
    if (!node.visible && !forceVisible) return '';
    let inner: string;
    if (isFrameLike(node.type)) inner = this.frame(node);
    else if (node.type === 'GROUP') inner = this.children(kids(node));
    else if (node.type === 'BOOLEAN_OPERATION') inner = this.shape(node, this.booleanGeometry(node));
    else inner = this.shape(node, this.geometry(node));
    return this.composite(node, inner);
  }

  /** Opacity, blend mode and effects of a whole node. */
  private composite(node: FakeSceneNode, inner: string): string {
    const attributes: string[] = [];
    if (node.opacity < 1) attributes.push(`opacity="${num(node.opacity)}"`);
    const blend = cssBlend(node.blendMode);
    if (blend !== null) attributes.push(`style="mix-blend-mode:${blend}"`);
    const filter = this.effects(node.effects);
    if (filter !== null) attributes.push(`filter="url(#${filter})"`);
    return attributes.length === 0 ? inner : `<g ${attributes.join(' ')}>${inner}</g>`;
  }

  private frame(node: FakeSceneNode): string {
    const box = `<rect width="${num(node.width)}" height="${num(node.height)}"${radius(node.cornerRadius)}/>`;
    let content = this.children(kids(node));
    if (node.clipsContent && content !== '') {
      const clip = this.id('clip');
      this.defs.push(`<clipPath id="${clip}">${box}</clipPath>`);
      content = `<g clip-path="url(#${clip})">${content}</g>`;
    }
    const local = { x: 0, y: 0, width: node.width, height: node.height };
    return (
      `<g transform="translate(${num(node.x)} ${num(node.y)})">` +
      this.paintLayers(box, node.fills, local, 'fill') +
      content +
      this.strokeLayers(box, node, local) +
      '</g>'
    );
  }

  /** Children in order; a mask layer masks every later sibling. */
  private children(children: ReadonlyArray<FakeSceneNode>): string {
    const index = children.findIndex((child) => child.isMask && child.visible);
    if (index < 0) return children.map((child) => this.node(child)).join('');
    const before = children
      .slice(0, index)
      .map((child) => this.node(child))
      .join('');
    const mask = children[index];
    const id = this.id('mask');
    const maskContent = mask.maskType === 'VECTOR' ? this.composite(mask, `<g fill="#fff">${this.geometryOf(mask)}</g>`) : this.node(mask);
    const type = mask.maskType === 'LUMINANCE' ? '' : ' style="mask-type:alpha"';
    this.defs.push(
      `<mask id="${id}" maskUnits="userSpaceOnUse" x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}"${type}>${maskContent}</mask>`,
    );
    return `${before}<g mask="url(#${id})">${this.children(children.slice(index + 1))}</g>`;
  }

  private geometryOf(node: FakeSceneNode): string {
    if (node.type === 'BOOLEAN_OPERATION') return this.booleanGeometry(node);
    if (isFrameLike(node.type)) return `<rect x="${num(node.x)}" y="${num(node.y)}" width="${num(node.width)}" height="${num(node.height)}"/>`;
    if (node.type === 'GROUP')
      return kids(node)
        .filter((c) => c.visible)
        .map((c) => this.geometryOf(c))
        .join('');
    return this.geometry(node);
  }

  /** A leaf's outline as SVG elements in its containing space, unpainted. */
  private geometry(node: FakeSceneNode): string {
    const { x, y, width: w, height: h } = node;
    const at = `transform="translate(${num(x)} ${num(y)})"`;
    switch (node.type) {
      case 'RECTANGLE':
        return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${radius(node.cornerRadius)}/>`;
      case 'ELLIPSE':
        return `<ellipse cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}"/>`;
      case 'POLYGON':
      case 'STAR':
        return `<polygon ${at} points="${starPoints(node.type === 'STAR', node.pointCount, node.innerRadius, w, h)}"/>`;
      case 'LINE':
        return `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + w)}" y2="${num(y)}"/>`;
      case 'TEXT':
        return (
          `<text x="${num(x)}" y="${num(y + node.fontSize)}" font-size="${num(node.fontSize)}" font-family="sans-serif">` +
          `${escapeXml(node.characters)}</text>`
        );
      default:
        return node.vectorPaths
          .map((path) => `<path ${at} d="${escapeXml(path.data)}"${path.windingRule === 'EVENODD' ? ' fill-rule="evenodd"' : ''}/>`)
          .join('');
    }
  }

  /** UNION draws every operand; SUBTRACT masks the first by the rest; INTERSECT clips it by each; EXCLUDE is drawn as UNION. */
  private booleanGeometry(node: FakeSceneNode): string {
    const operands = kids(node).filter((child) => child.visible);
    if (operands.length === 0) return '';
    const shapes = operands.map((child) => this.geometryOf(child));
    if (node.booleanOperation === 'SUBTRACT' && shapes.length > 1) {
      const id = this.id('subtract');
      this.defs.push(
        `<mask id="${id}" maskUnits="userSpaceOnUse" x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}">` +
          `<rect x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}" fill="#fff"/><g fill="#000">${shapes.slice(1).join('')}</g></mask>`,
      );
      return `<g mask="url(#${id})">${shapes[0]}</g>`;
    }
    if (node.booleanOperation === 'INTERSECT' && shapes.length > 1) {
      let out = shapes[0];
      for (const other of shapes.slice(1)) {
        const id = this.id('intersect');
        this.defs.push(`<clipPath id="${id}">${other}</clipPath>`);
        out = `<g clip-path="url(#${id})">${out}</g>`;
      }
      return out;
    }
    return shapes.join('');
  }

  private shape(node: FakeSceneNode, geometry: string): string {
    if (geometry === '') return '';
    const box = { x: node.x, y: node.y, width: node.width, height: node.height };
    const fills = node.type === 'LINE' ? [] : node.fills;
    return this.paintLayers(geometry, fills, box, 'fill') + this.strokeLayers(geometry, node, box);
  }

  private strokeLayers(geometry: string, node: FakeSceneNode, box: Box): string {
    if (node.strokeWeight <= 0 || node.strokes.every((p) => p.visible === false)) return '';
    const align = node.type === 'LINE' || node.type === 'TEXT' ? 'CENTER' : node.strokeAlign;
    const width = align === 'CENTER' ? node.strokeWeight : node.strokeWeight * 2;
    const stroked = this.paintLayers(geometry, node.strokes, box, 'stroke', width);
    if (align === 'CENTER') return stroked;
    const id = this.id(align === 'INSIDE' ? 'inside' : 'outside');
    if (align === 'INSIDE') {
      this.defs.push(`<clipPath id="${id}">${geometry}</clipPath>`);
      return `<g clip-path="url(#${id})">${stroked}</g>`;
    }
    this.defs.push(
      `<mask id="${id}" maskUnits="userSpaceOnUse" x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}">` +
        `<rect x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}" fill="#fff"/><g fill="#000">${geometry}</g></mask>`,
    );
    return `<g mask="url(#${id})">${stroked}</g>`;
  }

  /** One copy of the geometry per visible paint, bottom paint first, as Figma stacks them. */
  private paintLayers(geometry: string, paints: ReadonlyArray<Paint>, box: Box, role: 'fill' | 'stroke', strokeWidth = 0): string {
    let out = '';
    for (const paint of paints) {
      if (paint.visible === false) continue;
      const blend = cssBlend(paint.blendMode ?? 'NORMAL');
      const style = blend === null ? '' : ` style="mix-blend-mode:${blend}"`;
      if (paint.type === 'IMAGE') {
        if (role === 'fill') out += this.imageLayer(geometry, paint, box, style);
        continue;
      }
      const value = this.paintValue(paint, box);
      if (value === null) continue;
      const opacity = paint.opacity ?? 1;
      const attributes =
        role === 'fill'
          ? `fill="${value.colour}" fill-opacity="${num(value.alpha * opacity)}" stroke="none"`
          : `fill="none" stroke="${value.colour}" stroke-opacity="${num(value.alpha * opacity)}" stroke-width="${num(strokeWidth)}"`;
      out += `<g ${attributes}${style}>${geometry}</g>`;
    }
    return out;
  }

  private paintValue(paint: Paint, box: Box): { colour: string; alpha: number } | null {
    if (paint.type === 'SOLID') {
      const bound = paint.boundVariables?.color;
      const colour = (bound && this.context.variableColour(bound.id)) || paint.color;
      return { colour: rgbText(colour), alpha: 1 };
    }
    if (paint.type === 'GRADIENT_LINEAR' || paint.type === 'GRADIENT_RADIAL' || paint.type === 'GRADIENT_DIAMOND' || paint.type === 'GRADIENT_ANGULAR') {
      return { colour: `url(#${this.gradient(paint, box)})`, alpha: 1 };
    }
    return null;
  }

  /**
   * Figma's gradientTransform maps the node's unit box to gradient space, where
   * a linear gradient runs from (0, 0.5) to (1, 0.5) and a radial one is the
   * circle of radius 0.5 around (0.5, 0.5); SVG wants the inverse, in user space.
   * Angular and diamond gradients are drawn as radial ones.
   */
  private gradient(paint: GradientPaint, box: Box): string {
    const id = this.id('gradient');
    const [[a, c, e], [b, d, f]] = paint.gradientTransform;
    const det = a * d - b * c || 1e-9;
    const inverse = [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
    const transform = `translate(${num(box.x)} ${num(box.y)}) scale(${num(box.width)} ${num(box.height)}) matrix(${inverse.map(num).join(' ')})`;
    const stops = paint.gradientStops
      .map((stop) => `<stop offset="${num(stop.position)}" stop-color="${rgbText(stop.color)}" stop-opacity="${num(stop.color.a ?? 1)}"/>`)
      .join('');
    this.defs.push(
      paint.type === 'GRADIENT_LINEAR'
        ? `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="0.5" x2="1" y2="0.5" gradientTransform="${transform}">${stops}</linearGradient>`
        : `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="0.5" cy="0.5" r="0.5" gradientTransform="${transform}">${stops}</radialGradient>`,
    );
    return id;
  }

  private imageLayer(geometry: string, paint: ImagePaint, box: Box, style: string): string {
    const bytes = paint.imageHash === null ? null : this.context.imageBytes(paint.imageHash);
    if (bytes === null) return '';
    const clip = this.id('image');
    this.defs.push(`<clipPath id="${clip}">${geometry}</clipPath>`);
    const fit = paint.scaleMode === 'FIT' ? 'xMidYMid meet' : paint.scaleMode === 'FILL' ? 'xMidYMid slice' : 'none';
    const opacity = (paint.opacity ?? 1) < 1 ? ` opacity="${num(paint.opacity ?? 1)}"` : '';
    return (
      `<g clip-path="url(#${clip})"${style}${opacity}><image x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" ` +
      `preserveAspectRatio="${fit}" href="data:${imageType(bytes)};base64,${encodeBase64(bytes)}"/></g>`
    );
  }

  /** A filter for the visible drop shadows and layer blur, or null when there are none. */
  private effects(effects: ReadonlyArray<Effect>): string | null {
    const parts: string[] = [];
    for (const effect of effects) {
      if (!effect.visible) continue;
      if (effect.type === 'DROP_SHADOW') {
        parts.push(
          `<feDropShadow dx="${num(effect.offset.x)}" dy="${num(effect.offset.y)}" stdDeviation="${num(effect.radius / 2)}" ` +
            `flood-color="${rgbText(effect.color)}" flood-opacity="${num(effect.color.a)}"/>`,
        );
      } else if (effect.type === 'LAYER_BLUR') {
        parts.push(`<feGaussianBlur stdDeviation="${num(effect.radius / 2)}"/>`);
      }
    }
    if (parts.length === 0) return null;
    const id = this.id('effects');
    this.defs.push(
      `<filter id="${id}" filterUnits="userSpaceOnUse" x="${-HUGE}" y="${-HUGE}" width="${2 * HUGE}" height="${2 * HUGE}">${parts.join('')}</filter>`,
    );
    return id;
  }

  private id(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Figma's regular polygon and star: the first point at the top centre, inscribed in the node's box. */
function starPoints(star: boolean, count: number, inner: number, width: number, height: number): string {
  const n = Math.max(3, Math.round(count));
  const points: string[] = [];
  const steps = star ? n * 2 : n;
  for (let i = 0; i < steps; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    const r = star && i % 2 === 1 ? inner : 1;
    points.push(`${num(width / 2 + (Math.cos(angle) * r * width) / 2)},${num(height / 2 + (Math.sin(angle) * r * height) / 2)}`);
  }
  return points.join(' ');
}

function radius(r: number): string {
  return r > 0 ? ` rx="${num(r)}"` : '';
}

function cssBlend(mode: BlendMode): string | null {
  if (mode === 'NORMAL' || mode === 'PASS_THROUGH') return null;
  return mode.toLowerCase().replace(/_/g, '-').replace('linear-burn', 'color-burn').replace('linear-dodge', 'color-dodge');
}

function rgbText(colour: RGB): string {
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));
  return `rgb(${byte(colour.r)},${byte(colour.g)},${byte(colour.b)})`;
}

function num(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function imageType(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes[0] === 0x47 && bytes[1] === 0x49) return 'image/gif';
  return 'image/png';
}
