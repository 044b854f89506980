import { visiblePaints } from './findImageFill';
import { imageKindAsync, type ImageKinds } from './imageKindAsync';

/**
 * Most images one layer's check reads the bytes of (each image once for the
 * whole session, see ImageKinds): images beyond them, in a collage of more,
 * count as lossless, as every export did before.
 */
export const MAX_IMAGES_CHECKED = 8;

/** Most layers one check walks: art deeper than this is read as before, lossless. */
export const MAX_LAYERS_WALKED = 20000;

/**
 * Whether a layer Hueprint reads through an export (a frame, a group, a shape
 * with more than its image fill) shows a lossy image (JPEG, lossy WebP): an
 * image fill or stroke of its own or of a visible layer inside it, masks
 * aside. The export is a PNG, but its pixels carry that image's compression
 * ringing, which read as hints made one painted dot ten coloured regions.
 * The IMAGE message says so (`lossy`), and the UI reads the art as it reads a
 * JPEG itself (see core's splitHints).
 */
export async function showsLossyImageAsync(node: SceneNode, kinds: ImageKinds): Promise<boolean> {
  const hashes = new Set<string>();
  const stack: SceneNode[] = [node];
  for (let walked = 0; stack.length > 0 && walked < MAX_LAYERS_WALKED && hashes.size < MAX_IMAGES_CHECKED; walked++) {
    const layer = stack.pop() as SceneNode;
    if (layer !== node && !layer.visible) continue; // an exported layer is drawn even when hidden; its hidden children are not
    if (!('isMask' in layer && layer.isMask)) {
      const paints = [...visiblePaints('fills' in layer ? layer.fills : undefined), ...visiblePaints('strokes' in layer ? layer.strokes : undefined)];
      for (const paint of paints) if (paint.type === 'IMAGE' && paint.imageHash !== null && hashes.size < MAX_IMAGES_CHECKED) hashes.add(paint.imageHash);
    }
    // Bottom layer first: the art a designer paints on usually lies below.
    if ('children' in layer) for (let i = layer.children.length - 1; i >= 0; i--) stack.push(layer.children[i]);
  }
  for (const hash of hashes) if ((await imageKindAsync(hash, kinds)) === 'lossy') return true;
  return false;
}
