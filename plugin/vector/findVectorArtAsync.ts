import { displayName } from '../displayName';
import { getFigma } from '../figmaHost';
import { UserError } from '../UserError';
import { collectShapes, MAX_SHAPES, type CollectedShapes } from './collectShapes';

/** The vector item a READ/PREVIEW/WRITE_SHAPES names, with its shapes; a clear error when it is gone or is not vector art. */
export async function findVectorArtAsync(nodeId: string): Promise<{ node: SceneNode; shapes: CollectedShapes }> {
  const node = await getFigma().getNodeByIdAsync(nodeId);
  if (node === null || node.removed || node.type === 'DOCUMENT' || node.type === 'PAGE') {
    throw new UserError('The layer to colorize no longer exists. Select the art again and colorize it.');
  }
  const scene = node as SceneNode;
  const shapes = collectShapes(scene);
  const name = displayName(scene.name);
  if (shapes.hasImageFill) throw new UserError(`“${name}” has image fills, so it is colorized as an image. Choose “Raster image”.`);
  if (shapes.slots.length === 0) throw new UserError(`“${name}” has no shapes Hueprint can recolour (they are hidden, locked or too small).`);
  if (shapes.slots.length > MAX_SHAPES) {
    throw new UserError(`“${name}” has ${shapes.slots.length} shapes; Hueprint recolours at most ${MAX_SHAPES} at once. Colorize it in parts.`);
  }
  return { node: scene, shapes };
}
