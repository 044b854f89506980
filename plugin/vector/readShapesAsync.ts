import type { UiMessage } from '../../core/protocol/messages';
import { chooseExportScale } from '../chooseExportScale';
import { postToUi } from '../postToUi';
import { findPaletteVariablesAsync } from './findPaletteVariablesAsync';
import { findVectorArtAsync } from './findVectorArtAsync';
import { paintShapeIds } from './paintShapeIds';
import { withCloneAsync } from './withCloneAsync';

/**
 * Answers READ_SHAPES with two exports at one scale: the art as it is (the
 * gray the model reads) and a temporary clone with every shape in its ID
 * colour (the pixel → shape map); art with overlays (see collectShapes) a
 * third, the clone with them see-through. One export for all shapes, rather
 * than one per shape; the clone is removed whatever happens.
 */
export async function readShapesAsync(request: Extract<UiMessage, { type: 'READ_SHAPES' }>): Promise<void> {
  const { node, shapes } = await findVectorArtAsync(request.nodeId);
  const settings: ExportSettingsImage = {
    format: 'PNG',
    colorProfile: 'SRGB',
    useAbsoluteBounds: true,
    constraint: { type: 'SCALE', value: chooseExportScale(node.width, node.height, request.maxSide) },
  };
  const gray = await node.exportAsync(settings);
  const idsOf = (clearOverlays?: typeof shapes.overlays) =>
    withCloneAsync(node, async (clone) => {
      paintShapeIds(clone, shapes.slots, clearOverlays);
      return clone.exportAsync(settings);
    });
  const ids = await idsOf();
  // Only art with overlays needs the map of what lies under them.
  const idsUnderOverlays = shapes.overlays.length > 0 ? await idsOf(shapes.overlays) : undefined;
  const variables = await findPaletteVariablesAsync(request.styleName, request.palette);
  postToUi({
    type: 'SHAPES',
    requestId: request.requestId,
    nodeId: node.id,
    gray,
    ids,
    ...(idsUnderOverlays ? { idsUnderOverlays } : {}),
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
