import { MIN_NODE_SIDE } from '../core/protocol/limits';
import type { SelectionItem, SelectionSummary, SkippedItem, SkipReason } from '../core/protocol/messages';
import { countMarksOverArt } from './countMarksOverArt';
import { findColourMarks } from './findColourMarks';
import { findImageFill, visiblePaints, type ImageFill } from './findImageFill';
import { displayName } from './displayName';
import { imageKindAsync, type ImageKinds } from './imageKindAsync';
import { collectShapes, MAX_SHAPES } from './vector/collectShapes';

/** Node types Hueprint can rasterise (or read as an image). Everything else — slices, connectors, sections, stickies, widgets, embeds, media — is skipped. */
const USABLE_TYPES: ReadonlySet<string> = new Set([
  'FRAME',
  'GROUP',
  'COMPONENT',
  'COMPONENT_SET',
  'INSTANCE',
  'BOOLEAN_OPERATION',
  'VECTOR',
  'STAR',
  'LINE',
  'ELLIPSE',
  'POLYGON',
  'RECTANGLE',
  'TEXT',
]);

export interface UsableNode {
  readonly node: SceneNode;
  readonly item: SelectionItem;
  /** Present when `item.kind === 'image'`. */
  readonly imageFill: ImageFill | null;
  /** Colour marks over gray art (see findColourMarks), bottom to top; empty for most art. */
  readonly marks: readonly SceneNode[];
}

export interface ClassifiedSelection {
  readonly summary: SelectionSummary;
  readonly usable: readonly UsableNode[];
}

/**
 * Sorts the top-level selected nodes into usable items (image fills read by
 * their bytes, everything else rasterised) and skipped ones with a reason.
 */
export async function classifySelectionAsync(nodes: ReadonlyArray<SceneNode>, kinds: ImageKinds = new Map()): Promise<ClassifiedSelection> {
  const usable: UsableNode[] = [];
  const skipped: SkippedItem[] = [];
  for (const node of nodes) {
    const result = await classifyNodeAsync(node, kinds);
    if (typeof result === 'string') skipped.push({ nodeId: node.id, name: displayName(node.name), reason: result });
    else usable.push(result);
  }
  const images = usable.filter((u) => u.item.kind === 'image').length;
  return {
    summary: {
      nodes: nodes.length,
      images,
      frames: usable.length - images,
      items: usable.map((u) => u.item),
      skipped,
    },
    usable,
  };
}

async function classifyNodeAsync(node: SceneNode, kinds: ImageKinds): Promise<UsableNode | SkipReason> {
  if (!USABLE_TYPES.has(node.type)) return 'unsupported-node';
  if (!node.visible) return 'hidden';
  const { width, height } = node;
  if (!(width > 0 && height > 0)) return 'empty';
  if (Math.min(width, height) < MIN_NODE_SIDE) return 'too-small';

  const fills = visiblePaints('fills' in node ? node.fills : undefined);
  if (fills.some((paint) => paint.type === 'VIDEO')) return 'video-or-gif-fill';
  for (const paint of fills) {
    if (paint.type === 'IMAGE' && paint.imageHash !== null) {
      const kind = await imageKindAsync(paint.imageHash, kinds);
      if (kind === null) return 'unreadable';
      if (kind === 'gif') return 'video-or-gif-fill';
    }
  }
  const hasVisibleChildren = 'children' in node && node.children.some((child) => child.visible);
  const strokes = visiblePaints('strokes' in node ? node.strokes : undefined);
  if (!hasVisibleChildren && fills.length === 0 && strokes.length === 0) return 'empty';

  const imageFill = findImageFill(node);
  const { marks } = findColourMarks(node);
  const overArt = countMarksOverArt(node, marks);
  // Vector art (shapes with solid or gradient paints, no image fills) can be recoloured shape by shape.
  const shapes = imageFill === null ? collectShapes(node) : null;
  const vector = shapes !== null && !shapes.hasImageFill && shapes.slots.length > 0 && shapes.slots.length <= MAX_SHAPES;
  const item: SelectionItem = {
    nodeId: node.id,
    name: displayName(node.name),
    kind: imageFill !== null ? 'image' : vector ? 'vector' : 'raster',
    nodeType: node.type,
    width,
    height,
    ...(overArt > 0 ? { colourMarks: overArt } : {}),
    ...(marks.length > overArt ? { marksOutside: marks.length - overArt } : {}),
    ...(vector ? { vector: shapes.summary } : {}),
  };
  return { node, item, imageFill, marks };
}
