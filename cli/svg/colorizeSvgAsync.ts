import { shadedColour } from '../../core/colorize/shadedColour';
import { grayOf } from '../../core/colour/grayOf';
import type { LoadedStyle } from '../../core/colorize/loadStyle';
import type { StyleFile } from '../../core/style/StyleFile';
import type { AbortSignalLike, ColorizeMode } from '../../core/types';
import { colorizeShapes } from '../../core/vector/colorizeShapes';
import type { ShapeColours, ShapeMap } from '../../core/vector/ShapeMap';
import { findPaintSlots } from './findPaintSlots';
import type { PaintSlot } from './PaintSlot';
import { parseSvg } from './parseSvg';
import { recolourSvg } from './recolourSvg';
import { renderSvg } from './renderSvg';
import { overlaySlots, shapeIdSvg } from './shapeIdSvg';
import { withoutOverlaidPixels } from '../../core/vector/withoutOverlaidPixels';
import { shapeMapFromRender } from '../../core/vector/shapeMapFromRender';
import { slotHints } from './slotHints';
import type { SvgDocument } from './SvgDocument';
import { svgRenderWidth } from './svgRenderWidth';

export interface ColorizeSvgOptions {
  readonly mode?: ColorizeMode;
  /** Longest side of the render the model sees; by default the drawing's own size (see svgRenderWidth). */
  readonly renderSide?: number;
  readonly label?: string;
  /** Predict every pixel of a render larger than the style's learnt scale (slow; see colorizeShapes). */
  readonly fullResolution?: boolean;
  readonly signal?: AbortSignalLike;
}

export interface ColorizedSvg {
  /** The same SVG with only fill, stroke and stop colours changed. */
  readonly svg: string;
  readonly doc: SvgDocument;
  readonly slots: readonly PaintSlot[];
  readonly shapeMap: ShapeMap;
  readonly colours: ShapeColours;
  /** Slots given a palette colour; slots kept because they already had colour; slots with no visible pixel. */
  readonly recoloured: number;
  readonly hints: number;
  readonly unseen: number;
}

/**
 * Colorizes a vector drawing as vectors: renders it (resvg) for the model,
 * makes its shape map from one render of an ID-painted copy, gives every
 * fill and stroke one palette colour pooled over the pixels it shows (see
 * colorizeShapes), and rewrites only those colours in the original text.
 * Flat: the palette colour; shading: its hue and chroma at the paint's own
 * gray. Gradient stops always keep their own gray (shading rule) with the
 * shape's palette colour. Coloured paints are hints, kept as they are.
 */
export async function colorizeSvgAsync(style: StyleFile | LoadedStyle, text: string, options: ColorizeSvgOptions = {}): Promise<ColorizedSvg> {
  const label = options.label ?? 'The SVG';
  const mode = options.mode ?? 'flat';
  const doc = parseSvg(text, label);
  const slots = findPaintSlots(doc);
  const width = svgRenderWidth(doc, options.renderSide);
  const art = renderSvg(text, { width, label });
  let shapeMap = shapeMapFromRender(renderSvg(shapeIdSvg(doc, slots, width), { width, label }), slots.length);
  if (overlaySlots(doc, slots, width).some(Boolean)) {
    // Pixels under a shadow or highlight overlay read darker or lighter in the gray art than the shape is.
    shapeMap = withoutOverlaidPixels(shapeMap, shapeMapFromRender(renderSvg(shapeIdSvg(doc, slots, width, true), { width, label }), slots.length));
  }
  const { hints, levels, hintCount } = slotHints(doc, slots);
  const colours = await colorizeShapes(style, art, shapeMap, { mode, hints, levels, fullResolution: options.fullResolution, signal: options.signal });
  const palette = style.palette;
  const stop = new Uint8Array(3);
  const svg = recolourSvg(doc, slots, {
    colourOf: (i) => (colours.paletteIndex[i] >= 0 ? [colours.rgb[i * 3], colours.rgb[i * 3 + 1], colours.rgb[i * 3 + 2]] : undefined),
    stopColourOf: (i, rgb) => {
      const c = colours.paletteIndex[i];
      if (c < 0) return undefined;
      shadedColour(palette.lab[c * 3 + 1], palette.lab[c * 3 + 2], Math.round(grayOf(rgb[0], rgb[1], rgb[2])), stop);
      return [stop[0], stop[1], stop[2]];
    },
  });
  let recoloured = 0;
  let unseen = 0;
  slots.forEach((slot, i) => {
    if (colours.paletteIndex[i] >= 0 && slot.paint.kind !== 'other') recoloured++;
    else if (!hints.isHint[i] && colours.pixels[i] === 0) unseen++;
  });
  return { svg, doc, slots, shapeMap, colours, recoloured, hints: hintCount, unseen };
}
