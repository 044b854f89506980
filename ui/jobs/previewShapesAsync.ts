import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';
import type { ShapeColouring } from './colourShapesAsync';

/** The preview's longest side: the plugin panel's width, so the drawing is judged at a useful size. */
export const VECTOR_PREVIEW_SIDE = 320;

/** The art recoloured as it would be, rendered by the plugin from a temporary copy; an object URL of the PNG. */
export async function previewShapesAsync(colouring: ShapeColouring): Promise<string> {
  const reply = await requestAsync(
    {
      type: 'PREVIEW_SHAPES',
      requestId: newRequestId('preview'),
      nodeId: colouring.nodeId,
      maxSide: VECTOR_PREVIEW_SIDE,
      mode: colouring.mode,
      palette: colouring.palette,
      colours: colouring.choices,
    },
    ['PREVIEW'],
  );
  return URL.createObjectURL(new Blob([reply.bytes as BlobPart], { type: 'image/png' }));
}
