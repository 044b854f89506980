import { visiblePaints } from './findImageFill';

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
