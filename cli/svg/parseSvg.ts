import { SaxesParser } from 'saxes';
import type { SvgDocument, SvgElement } from './SvgDocument';
import { SvgError } from './SvgError';
import { MAX_SVG_BYTES, MAX_SVG_DEPTH, MAX_SVG_ELEMENTS } from './svgLimits';

/** Content of these is geometry or a paint server's tile, not shapes of the drawing. */
const GEOMETRY = new Set(['mask', 'clipPath', 'pattern']);

/**
 * Parses SVG text with saxes (a strict, well-kept XML parser), keeping each
 * element's attributes and where its start tag is, so a rewrite can splice
 * colours into the original text and leave every other byte as it was.
 *
 * Refused with an SvgError that says what to do: text that is not
 * well-formed XML (with its line and column), a root that is not <svg>,
 * more than MAX_SVG_ELEMENTS elements or MAX_SVG_DEPTH nesting, and any
 * reference outside the file (href, url() or @import to anything but
 * "#id" or a data: URL): rendering must not read other files or the network.
 */
export function parseSvg(text: string, label: string): SvgDocument {
  if (text.length > MAX_SVG_BYTES) throw new SvgError(`${label} is over ${MAX_SVG_BYTES / 1024 / 1024} MB of text; simplify the drawing or split it.`);
  const parser = new SaxesParser({ position: true });
  const elements: SvgElement[] = [];
  const stack: number[] = [];
  let hasStyleSheet = false;
  let inStyle = false;
  let styleText = '';
  parser.on('opentag', (tag) => {
    if (elements.length >= MAX_SVG_ELEMENTS) throw new SvgError(`${label} has over ${MAX_SVG_ELEMENTS} elements; simplify the drawing or split it.`);
    if (stack.length >= MAX_SVG_DEPTH) throw new SvgError(`${label} nests elements over ${MAX_SVG_DEPTH} deep; flatten its groups.`);
    const tagEnd = parser.position;
    // Well-formed XML has no raw "<" inside a start tag, so the last one before its end is where it starts.
    const tagStart = text.lastIndexOf('<', tagEnd - 1);
    const attributes = tag.attributes as Record<string, string>;
    const localName = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    if (parent === -1 && localName !== 'svg') throw new SvgError(`${label} is XML but not SVG (its root element is <${tag.name}>); give an SVG file.`);
    for (const [name, value] of Object.entries(attributes)) checkReference(name, value, label);
    const index = elements.length;
    elements.push({
      index,
      name: tag.name,
      localName,
      parent,
      attributes,
      tagStart,
      tagEnd,
      inGeometry: GEOMETRY.has(localName) || (parent >= 0 && elements[parent].inGeometry),
    });
    if (localName === 'style') {
      hasStyleSheet = true;
      inStyle = true;
      styleText = '';
    }
    if (!tag.isSelfClosing) stack.push(index);
  });
  parser.on('text', (t) => {
    if (inStyle) styleText += t;
  });
  parser.on('cdata', (t) => {
    if (inStyle) styleText += t;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
    if (inStyle && tag.name.replace(/^.*:/, '') === 'style') {
      inStyle = false;
      checkStyleSheet(styleText, label);
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof SvgError) throw error;
    throw new SvgError(
      `${label} is not well-formed SVG: ${(error as Error).message.replace(/^undefined:/, '').trim()}. Export it again from your drawing app.`,
    );
  }
  if (elements.length === 0) throw new SvgError(`${label} has no <svg> element; give an SVG file.`);
  const { width, height } = drawingSize(elements[0].attributes, label);
  return { text, elements, hasStyleSheet, width, height };
}

function isLocal(reference: string): boolean {
  const r = reference.trim();
  return r.startsWith('#') || /^data:/i.test(r) || r === '';
}

function checkReference(name: string, value: string, label: string): void {
  if ((name === 'href' || name.endsWith(':href')) && !isLocal(value)) {
    throw new SvgError(
      `${label} refers to another file or address (${name}="${value.slice(0, 80)}"); embed it or remove it: Hueprint reads nothing outside the SVG.`,
    );
  }
  for (const match of value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!isLocal(match[2]))
      throw new SvgError(
        `${label} refers to another file or address (url(${match[2].slice(0, 80)})); embed it or remove it: Hueprint reads nothing outside the SVG.`,
      );
  }
}

function checkStyleSheet(css: string, label: string): void {
  if (/@import/i.test(css)) throw new SvgError(`${label} imports a style sheet from elsewhere (@import); inline it: Hueprint reads nothing outside the SVG.`);
  checkReference('style', css, label);
}

/** A length in user units, or NaN for percentages and units we do not resolve. */
function userLength(value: string | undefined): number {
  if (value === undefined) return NaN;
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  return m ? Number(m[1]) : NaN;
}

function drawingSize(root: Readonly<Record<string, string>>, label: string): { width: number; height: number } {
  let width = userLength(root.width);
  let height = userLength(root.height);
  const box = root.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const boxOk = box && box.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0;
  if (!(width > 0) && !(height > 0)) {
    width = boxOk ? box[2] : 300;
    height = boxOk ? box[3] : 150;
  } else if (!(width > 0)) {
    width = boxOk ? (height * box[2]) / box[3] : height;
  } else if (!(height > 0)) {
    height = boxOk ? (width * box[3]) / box[2] : width;
  }
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0)
    throw new SvgError(`${label} has no usable size (width, height or viewBox); give it one.`);
  return { width, height };
}
