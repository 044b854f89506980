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
