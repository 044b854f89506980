import type { ShapePart } from '../core/protocol/messages';

/**
 * A layer's fills or strokes as one comparable string, read as Figma holds
 * them now. Taken before and after a write, it later tells whether the layer
 * still shows the write, is back as it was (undone), or was edited since.
 * Figma returns what it stores, so two reads of the same paints compare equal.
 * Mixed paints (text with per-range fills) read as ''.
 */
export function paintsFingerprint(node: BaseNode, part: ShapePart): string {
  const paints = (node as Partial<MinimalFillsMixin & MinimalStrokesMixin>)[part === 'fill' ? 'fills' : 'strokes'];
  return Array.isArray(paints) ? JSON.stringify(paints) : '';
}
