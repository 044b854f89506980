import { visiblePaints } from './findImageFill';

/**
 * A paint has colour when its channels spread by more than this (0–1 scale),
 * the same 24/255 that core's `colourfulShare` uses for pixels: gray marks,
 * or grays tinted by a colour profile, are art, not hints.
 */
const CHROMA_THRESHOLD = 24 / 255;

export interface ColourMarks {
  /** Children drawn in solid colour above the gray art, bottom to top. */
  readonly marks: readonly SceneNode[];
  /** Visible children that are not marks: the art under them. */
  readonly grayArt: number;
}

const NONE: ColourMarks = { marks: [], grayArt: 0 };

/**
 * The colour marks of a frame or group: visible children painted only in solid
 * paints, at least one with colour (dots, strokes, any shape), or groups of
 * such children, that lie above the lowest child which is not one (the gray
 * art). Colour shapes with no art under them are art themselves, so a frame of
 * only colour shapes has no marks. Reads the node, never changes it.
 */
export function findColourMarks(node: SceneNode): ColourMarks {
  if (!('children' in node) || node.type === 'BOOLEAN_OPERATION') return NONE;
  const visible = node.children.filter((child) => child.visible);
  const firstArt = visible.findIndex((child) => !isColourMark(child));
  if (firstArt === -1) return NONE;
  const marks = visible.slice(firstArt + 1).filter(isColourMark);
  return { marks, grayArt: visible.length - marks.length };
}

/**
 * How many of a frame's or group's colour marks lie over its art, as colorize
 * reads it: one export of the node with its marks hidden (readMarkedArtAsync),
 * so a mark wholly outside that picture gives no hint pixel, and the selection
 * summary must not count it when the preview and the report do not.
 */
export function countMarksOverArt(node: SceneNode, marks: readonly SceneNode[]): number {
  const art = artBounds(node, marks);
  if (art === null) return 0;
  return marks.filter((mark) => {
    const drawn = 'absoluteRenderBounds' in mark ? mark.absoluteRenderBounds : null;
    return drawn !== null && overlap(drawn, art) !== null;
  }).length;
}

/** What the node draws with its marks hidden: its box when it clips (or paints one), plus what its other children draw unless it clips. */
function artBounds(node: SceneNode, marks: readonly SceneNode[]): Rect | null {
  const box = 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : null;
  const clips = 'clipsContent' in node && node.clipsContent;
  const painted = visiblePaints('fills' in node ? node.fills : undefined).length + visiblePaints('strokes' in node ? node.strokes : undefined).length > 0;
  let art = node.type !== 'GROUP' && painted ? box : null;
  if (!('children' in node)) return art;
  for (const child of node.children) {
    if (!child.visible || marks.includes(child)) continue;
    const drawn = 'absoluteRenderBounds' in child ? child.absoluteRenderBounds : null;
    if (drawn !== null) art = art === null ? drawn : union(art, drawn);
  }
  return clips && art !== null && box !== null ? overlap(art, box) : art;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The shared part of two rectangles, null when they share no area. */
function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

function isColourMark(node: SceneNode): boolean {
  if (node.type === 'GROUP') {
    const shown = node.children.filter((child) => child.visible);
    return shown.length > 0 && shown.every(isColourMark);
  }
  if ('children' in node && node.type !== 'BOOLEAN_OPERATION') return false;
  const paints = [...visiblePaints('fills' in node ? node.fills : undefined), ...visiblePaints('strokes' in node ? node.strokes : undefined)];
  return paints.length > 0 && paints.every((paint) => paint.type === 'SOLID') && paints.some(hasColour);
}

function hasColour(paint: Paint): boolean {
  if (paint.type !== 'SOLID') return false;
  const { r, g, b } = paint.color;
  return Math.max(r, g, b) - Math.min(r, g, b) > CHROMA_THRESHOLD;
}
