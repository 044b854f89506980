import { shapeIdColour } from '../../core/vector/shapeIdColour';
import { nodeAtPath, type ShapeSlot } from './collectShapes';

/**
 * Turns a clone of vector art into its shape map: shape i painted in
 * shapeIdColour(i), solid and opaque, and everything that would blend those
 * colours switched off (opacity, blend modes, effects, frame backgrounds),
 * so each pixel the export shows is exactly one shape's ID or an edge.
 * Shapes Hueprint leaves alone keep their paints: they still hide what is
 * under them. An overlay's translucent paint (see collectShapes) blends the
 * IDs under it into no shape's; with `clearOverlays` its paints are removed
 * instead, so the shape under it owns those pixels too (withoutOverlaidPixels
 * tells the two maps apart).
 */
export function paintShapeIds(clone: SceneNode, slots: readonly ShapeSlot[], clearOverlays?: readonly Pick<ShapeSlot, 'part' | 'path'>[]): void {
  neutralize(clone);
  for (const overlay of clearOverlays ?? []) {
    const node = nodeAtPath(clone, overlay.path) as SceneNode & MinimalFillsMixin & MinimalStrokesMixin;
    if (overlay.part === 'fill') node.fills = [];
    else node.strokes = [];
  }
  slots.forEach((slot, index) => {
    const colour = shapeIdColour(index, slots.length);
    const paint: SolidPaint = { type: 'SOLID', color: { r: ((colour >> 16) & 255) / 255, g: ((colour >> 8) & 255) / 255, b: (colour & 255) / 255 } };
    const node = nodeAtPath(clone, slot.path) as SceneNode & MinimalFillsMixin & MinimalStrokesMixin;
    if (slot.part === 'fill') node.fills = [paint];
    else node.strokes = [paint];
  });
}

function neutralize(node: SceneNode): void {
  if ('opacity' in node) node.opacity = 1;
  if ('blendMode' in node) node.blendMode = node.type === 'GROUP' || 'children' in node ? 'PASS_THROUGH' : 'NORMAL';
  if ('effects' in node) node.effects = [];
  if ('children' in node) {
    // A container's own background and border are not shapes: they would read as one.
    if (node.type !== 'BOOLEAN_OPERATION' && 'fills' in node) {
      (node as FrameNode).fills = [];
      (node as FrameNode).strokes = [];
    }
    if (node.type !== 'BOOLEAN_OPERATION') node.children.forEach(neutralize);
  }
}
