import { summarizeStyle, type StyleFile } from '../../core/index';
import { parseHex } from '../../core/colour/parseHex';
import type { SelectionItem, ShapeColourChoice } from '../../core/protocol/messages';
import type { ColorizeMode } from '../../core/types';
import { shapeMapFromRender } from '../../core/vector/shapeMapFromRender';
import { withoutOverlaidPixels } from '../../core/vector/withoutOverlaidPixels';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';
import { colorizeShapesInWorkerAsync } from '../worker/colorizeShapesInWorkerAsync';

/** Figma's largest image side: vector art is read at 1x up to this. */
const MAX_SIDE = 4096;

/** A palette colour for every shape of one vector item that shows, ready for PREVIEW_SHAPES and WRITE_SHAPES. */
export interface ShapeColouring {
  readonly nodeId: string;
  readonly name: string;
  readonly mode: ColorizeMode;
  /** The style's palette as '#rrggbb', in the style's order (the variables' order). */
  readonly palette: readonly string[];
  readonly choices: readonly ShapeColourChoice[];
  /** Shapes listed, shapes with colour (hints, kept), shapes no pixel of which shows (kept). */
  readonly shapes: number;
  readonly hints: number;
  readonly hidden: number;
  /** The palette is saved as this style's colour variables, so colours can be bound. */
  readonly paletteSaved: boolean;
  /** The art as it was read (PNG): the preview's "before". */
  readonly artPng: Uint8Array;
}

/**
 * Colours one vector item shape by shape: the plugin exports the art and an
 * ID-coloured clone (READ_SHAPES), the shape map comes from the clone's
 * pixels, and colorizeShapes pools the model's predictions over each
 * shape's pixels; shapes in colour are hints (kept, and they steer the rest).
 */
export async function colourShapesAsync(
  style: StyleFile,
  styleName: string,
  item: SelectionItem,
  mode: ColorizeMode,
  signal: AbortSignal,
): Promise<ShapeColouring> {
  const palette = summarizeStyle(style).palette;
  const reply = await requestAsync({ type: 'READ_SHAPES', requestId: newRequestId('shapes'), nodeId: item.nodeId, maxSide: MAX_SIDE, styleName, palette }, [
    'SHAPES',
  ]);
  signal.throwIfAborted();
  const gray = await decodeImageAsync(reply.gray, item.name);
  const ids = await decodeImageAsync(reply.ids, `${item.name} (shapes)`);
  if (gray.width !== ids.width || gray.height !== ids.height) {
    throw new Error(`The art and its shape map came out at different sizes (${gray.width}×${gray.height}, ${ids.width}×${ids.height}); use “Raster image”.`);
  }
  const count = reply.shapes.length;
  let shapeMap = shapeMapFromRender(ids, count);
  // Art with overlays: a shape is pooled from its pixels clear of them, unless it has too few (see withoutOverlaidPixels).
  if (reply.idsUnderOverlays) {
    const under = await decodeImageAsync(reply.idsUnderOverlays, `${item.name} (shapes)`);
    if (under.width === ids.width && under.height === ids.height) shapeMap = withoutOverlaidPixels(shapeMapFromRender(under, count), shapeMap);
  }
  const isHint = new Uint8Array(count);
  const hintRgb = new Uint8Array(count * 3);
  const levels = new Uint8Array(count);
  reply.shapes.forEach((shape, s) => {
    levels[s] = shape.level;
    if (shape.hint !== null) {
      isHint[s] = 1;
      hintRgb.set(parseHex(shape.hint), s * 3);
    }
  });
  // Art read small: twins are told on the shapes drawn larger (see TWIN_MAP_SIDE).
  const twinMap = reply.idsForTwins && shapeMapFromRender(await decodeImageAsync(reply.idsForTwins, `${item.name} (shapes)`), count);
  const result = await colorizeShapesInWorkerAsync(style, gray, shapeMap, {
    mode,
    hints: { isHint, rgb: hintRgb },
    levels,
    ...(twinMap ? { twinMap } : {}),
    signal,
  });
  const choices: ShapeColourChoice[] = [];
  let hidden = 0;
  reply.shapes.forEach((shape, s) => {
    const paletteIndex = result.paletteIndex[s];
    const twin = result.twinOf[s];
    const colour = twin >= 0 ? reply.shapes[twin].hint : null;
    if (paletteIndex >= 0) choices.push({ nodeId: shape.nodeId, part: shape.part, paletteIndex, ...(colour ? { colour } : {}) });
    else if (!isHint[s]) hidden++;
  });
  return {
    nodeId: item.nodeId,
    name: item.name,
    mode,
    palette,
    choices,
    shapes: count,
    hints: isHint.reduce((a, b) => a + b, 0),
    hidden,
    paletteSaved: reply.paletteSaved,
    artPng: reply.gray,
  };
}
