import type { ShapePart, VectorSummary } from '../../core/protocol/messages';
import { OVERLAY_ALPHA } from '../../core/vector/overlayAlpha';
import { visiblePaints } from '../findImageFill';

/** Leaf shapes whose fills and strokes Hueprint recolours. A boolean operation is one shape: its operands are geometry. */
const SHAPE_TYPES: ReadonlySet<string> = new Set(['VECTOR', 'BOOLEAN_OPERATION', 'RECTANGLE', 'ELLIPSE', 'POLYGON', 'STAR', 'LINE', 'TEXT']);

/** A shape smaller than this on both sides (canvas px) shows too few pixels to judge. */
export const MIN_SHAPE_SIDE = 1;

/** More shapes than this in one item go through the raster path. */
export const MAX_SHAPES = 20000;

/** A paint is “in colour” when its channels differ by more than this (0–1); gray art differs by rounding only. */
const COLOUR_SPREAD = 0.03;

/** One recolourable part of a leaf shape: its fills or its strokes. */
export interface ShapeSlot {
  readonly node: SceneNode;
  readonly part: ShapePart;
  /** Child indices from the item's root to the node: finds the same shape in a clone. */
  readonly path: readonly number[];
  /** Gray level 0–255 of the part's own colour. */
  readonly level: number;
  /** The part's colour when it already has one (a hint), else null. */
  readonly hint: RGB | null;
}

export interface CollectedShapes {
  /** Shapes to recolour, hints included, in ID order. */
  readonly slots: readonly ShapeSlot[];
  /** Overlays: left as they are, but see-through in the second ID export (see paintShapeIds). */
  readonly overlays: readonly Pick<ShapeSlot, 'part' | 'path'>[];
  readonly summary: VectorSummary;
  /** An image or video fill inside: such art goes through the raster path. */
  readonly hasImageFill: boolean;
}

/**
 * The leaf shapes of vector art (a frame, group, component or instance, or a
 * single shape) whose solid or gradient fills and strokes can be recoloured,
 * in document order. Hidden, locked (the shape or an ancestor) and too small
 * shapes are counted, not listed; mask layers are geometry and neither.
 * Overlays (a part showing with less than OVERLAY_ALPHA opacity: its paints'
 * and its layers' opacity together, below the item itself; e.g. a 20% black
 * shadow) are listed apart: they keep their colour, and the shape beneath is
 * judged by its clear pixels (see paintShapeIds, withoutOverlaidPixels), as
 * the CLI's shapeIdSvg does. As shapes, a shadow took the colour of the
 * darkened pixels it covers (a skin-coloured shadow is no shadow) or a hinted hue.
 */
export function collectShapes(root: SceneNode): CollectedShapes {
  const slots: ShapeSlot[] = [];
  const overlays: Pick<ShapeSlot, 'part' | 'path'>[] = [];
  const summary = { shapes: 0, coloured: 0, locked: 0, hidden: 0, tooSmall: 0 };
  let hasImageFill = false;

  const visit = (node: SceneNode, path: number[], locked: boolean, shownOpacity: number): void => {
    if (!node.visible) {
      summary.hidden += countLeaves(node);
      return;
    }
    if ('isMask' in node && node.isMask) return;
    const isLocked = locked || node.locked;
    // The item's own opacity is how it sits on the canvas, not a part of the drawing.
    const opacity = node === root ? 1 : shownOpacity * ('opacity' in node ? node.opacity : 1);
    if (SHAPE_TYPES.has(node.type)) {
      for (const part of ['fill', 'stroke'] as const) {
        if (part === 'fill' && node.type === 'LINE') continue;
        const paints = visiblePaints(part === 'fill' ? (node as MinimalFillsMixin & SceneNode).fills : (node as MinimalStrokesMixin & SceneNode).strokes);
        if (paints.some((p) => p.type === 'IMAGE' || p.type === 'VIDEO' || p.type === 'PATTERN')) hasImageFill = true;
        const colours = paintColours(paints);
        if (colours.length === 0) continue;
        if (opacity * coverage(paints) < OVERLAY_ALPHA) {
          overlays.push({ part, path });
          continue;
        }
        if (isLocked) summary.locked++;
        else if (Math.max(node.width, node.height) < MIN_SHAPE_SIDE) summary.tooSmall++;
        else {
          const hint = colours.find((c) => Math.max(c.r, c.g, c.b) - Math.min(c.r, c.g, c.b) > COLOUR_SPREAD) ?? null;
          const level = Math.round(255 * mean(colours.map((c) => 0.21 * c.r + 0.72 * c.g + 0.07 * c.b)));
          slots.push({ node, part, path, level: Math.max(0, Math.min(255, level)), hint });
          if (hint) summary.coloured++;
          else summary.shapes++;
        }
      }
      return;
    }
    if ('children' in node) {
      node.children.forEach((child, i) => {
        visit(child, [...path, i], isLocked, opacity);
      });
    }
  };
  visit(root, [], false, 1);
  return { slots, overlays, summary, hasImageFill };
}

/** The colours of solid paints and gradient stops: what recolouring changes. */
function paintColours(paints: ReadonlyArray<Paint>): RGB[] {
  const out: RGB[] = [];
  for (const paint of paints) {
    if (paint.type === 'SOLID') out.push(paint.color);
    else if (paint.type.startsWith('GRADIENT_')) out.push(...(paint as GradientPaint).gradientStops.map((s) => s.color));
  }
  return out;
}

/** The share of what is beneath that stacked paints cover: 1 − Π (1 − opacity). */
function coverage(paints: ReadonlyArray<Paint>): number {
  return 1 - paints.reduce((clear, paint) => clear * (1 - (paint.opacity ?? 1)), 1);
}

function countLeaves(node: SceneNode): number {
  if (SHAPE_TYPES.has(node.type) || !('children' in node)) return SHAPE_TYPES.has(node.type) ? 1 : 0;
  return node.children.reduce((sum, child) => sum + countLeaves(child), 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The node at `path` below `root` (the same shape in a clone of it). */
export function nodeAtPath(root: SceneNode, path: readonly number[]): SceneNode {
  let node: SceneNode = root;
  for (const index of path) {
    if (!('children' in node) || index >= node.children.length) throw new Error('The copy does not have the original’s layers');
    node = node.children[index];
  }
  return node;
}
