import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';
import type { ShapeColouring } from './colourShapesAsync';

/**
 * Recolours the art in place (WRITE_SHAPES, one undo step in Figma). With
 * `savePaletteFirst` the palette is saved as paint styles and variables
 * first (its own undo step), so the flat colours can be bound to it.
 * Resolves with the plugin's message for the designer.
 */
export async function writeShapeColoursAsync(
  colouring: ShapeColouring,
  styleName: string,
  options: { bind: boolean; savePaletteFirst: boolean; runId: string },
): Promise<string> {
  const notes: string[] = [];
  if (options.savePaletteFirst) {
    const saved = await requestAsync({ type: 'SAVE_PALETTE', requestId: newRequestId('palette'), styleName, colors: colouring.palette }, ['DONE']);
    notes.push(saved.message);
  }
  const reply = await requestAsync(
    {
      type: 'WRITE_SHAPES',
      requestId: newRequestId('write'),
      nodeId: colouring.nodeId,
      styleName,
      mode: colouring.mode,
      palette: colouring.palette,
      colours: colouring.choices,
      bind: options.bind,
      runId: options.runId,
    },
    ['DONE'],
  );
  notes.push(reply.message);
  return notes.join(' ');
}
