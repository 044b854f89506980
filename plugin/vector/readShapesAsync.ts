import { MAX_IMAGE_SIDE } from '../../core/protocol/limits';
import type { UiMessage } from '../../core/protocol/messages';
import { chooseExportScale } from '../chooseExportScale';
import { postToUi } from '../postToUi';
import { findPaletteVariablesAsync } from './findPaletteVariablesAsync';
import { findVectorArtAsync } from './findVectorArtAsync';
import { paintShapeIds } from './paintShapeIds';
import { withCloneAsync } from './withCloneAsync';

/**
 * Longest side of the shape map hints' twins are told by (see hintTwins),
 * for art with a shape in colour that is read smaller. Figma antialiases
 * every export, so a shape's pixels in a map are only those it covers
 * wholly, and a part 1–2 px thin at the art's size shows few or none:
 * toonhead-one 000 read at its 128 px showed its lashes as 4 and 2 pixels
 * (the CLI's aliased render 23 and 22), too few to be told, so colouring one
 * left the other as it was. At 256 px they show 37 and 36. Larger helps
 * little and costs: over every fill of the toonhead SVGs coloured in turn
 * (1,285 runs), twins of the same true colour 142 at the art's size, 174 at
 * 256 px, 180 at 512 px, where a tilted face's eye white also twinned the
 * other eye's lash (2 wrong). Bounded: drawn only when a shape is in colour,
 * at most this side (128 px art: one map of 4 times its pixels).
 */
export const TWIN_MAP_SIDE = 256;

/**
 * Answers READ_SHAPES with two exports at one scale: the art as it is (the
 * gray the model reads) and a temporary clone with every shape in its ID
 * colour (the pixel → shape map); art with overlays (see collectShapes) a
 * third, the clone with them see-through; art with a shape in colour read
 * smaller than TWIN_MAP_SIDE, the ID clone again at that size. One export
 * for all shapes, rather than one per shape; the clone is removed whatever
 * happens.
 */
export async function readShapesAsync(request: Extract<UiMessage, { type: 'READ_SHAPES' }>): Promise<void> {
  const { node, shapes } = await findVectorArtAsync(request.nodeId);
  const scale = chooseExportScale(node.width, node.height, request.maxSide);
  const settings: ExportSettingsImage = { format: 'PNG', colorProfile: 'SRGB', useAbsoluteBounds: true, constraint: { type: 'SCALE', value: scale } };
  const gray = await node.exportAsync(settings);
  const twinScale = Math.floor((Math.min(TWIN_MAP_SIDE, MAX_IMAGE_SIDE) / Math.max(node.width, node.height)) * 1e6) / 1e6;
  const forTwins = twinScale > scale && shapes.slots.some((slot) => slot.hint);
  const idsOf = (clearOverlays?: typeof shapes.overlays, alsoAt?: number) =>
    withCloneAsync(node, async (clone) => {
      paintShapeIds(clone, shapes.slots, clearOverlays);
      const ids = await clone.exportAsync(settings);
      return { ids, larger: alsoAt ? await clone.exportAsync({ ...settings, constraint: { type: 'SCALE', value: alsoAt } }) : undefined };
    });
  const { ids, larger: idsForTwins } = await idsOf(undefined, forTwins ? twinScale : undefined);
  // Only art with overlays needs the map of what lies under them.
  const idsUnderOverlays = shapes.overlays.length > 0 ? (await idsOf(shapes.overlays)).ids : undefined;
  const variables = await findPaletteVariablesAsync(request.styleName, request.palette);
  postToUi({
    type: 'SHAPES',
    requestId: request.requestId,
    nodeId: node.id,
    gray,
    ids,
    ...(idsUnderOverlays ? { idsUnderOverlays } : {}),
    ...(idsForTwins ? { idsForTwins } : {}),
    shapes: shapes.slots.map((slot) => ({ nodeId: slot.node.id, part: slot.part, level: slot.level, hint: slot.hint && hexOf(slot.hint) })),
    paletteSaved: variables !== null,
  });
}

function hexOf({ r, g, b }: RGB): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v * 255)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
