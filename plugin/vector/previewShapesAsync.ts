import type { UiMessage } from '../../core/protocol/messages';
import { MAX_IMAGE_SIDE } from '../../core/protocol/schemas';
import { postToUi } from '../postToUi';
import { nodeAtPath } from './collectShapes';
import { findVectorArtAsync } from './findVectorArtAsync';
import { matchChoices } from './matchChoices';
import { recolourShapes } from './recolourShapes';
import { withCloneAsync } from './withCloneAsync';

/** Vector art stays sharp when scaled up, so the preview may be up to this many times the art's size. */
const MAX_PREVIEW_UPSCALE = 8;

/**
 * Answers PREVIEW_SHAPES: the art recoloured exactly as WRITE_SHAPES would
 * (colours unbound), drawn from a temporary clone at `maxSide`, so the
 * designer judges the real vectors at a useful size before anything changes.
 */
export async function previewShapesAsync(request: Extract<UiMessage, { type: 'PREVIEW_SHAPES' }>): Promise<void> {
  const { node, shapes } = await findVectorArtAsync(request.nodeId);
  const { matched } = matchChoices(shapes.slots, request.colours, request.palette.length);
  const longest = Math.max(node.width, node.height);
  const scale = Math.min(request.maxSide / longest, MAX_IMAGE_SIDE / longest, MAX_PREVIEW_UPSCALE);
  const bytes = await withCloneAsync(node, async (clone) => {
    recolourShapes(
      matched.map(({ slot, paletteIndex, colour }) => ({ node: nodeAtPath(clone, slot.path), slot, paletteIndex, colour })),
      request.palette,
      request.mode,
      null,
    );
    return clone.exportAsync({
      format: 'PNG',
      colorProfile: 'SRGB',
      useAbsoluteBounds: true,
      constraint: { type: 'SCALE', value: Math.floor(scale * 1e6) / 1e6 },
    });
  });
  postToUi({ type: 'PREVIEW', requestId: request.requestId, bytes });
}
