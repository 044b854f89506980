import { readFile } from 'node:fs/promises';
import { colorizeImage } from '../../core/colorize/colorizeImage';
import { loadStyle } from '../../core/colorize/loadStyle';
import { rgbToLab } from '../../core/colour/rgbToLab';
import { nearestPaletteIndex } from '../../core/palette/nearestPaletteIndex';
import type { StyleFile } from '../../core/style/StyleFile';
import type { ColorizeMode } from '../../core/types';
import { addRenderedDeltaE, createDeltaESums, type DeltaESums } from '../../core/vector/renderedDeltaE';
import { colorizeSvgAsync } from './colorizeSvgAsync';
import { findPaintSlots } from './findPaintSlots';
import { graySvg } from './graySvg';
import { parseSvg } from './parseSvg';
import { renderSvg } from './renderSvg';
import { svgRenderWidth } from './svgRenderWidth';
import { svgText } from './svgText';

/** Mean CIEDE2000 of a colorizer's renders against the colour originals, on all scored pixels and the foreground. */
export interface RenderedScores {
  readonly deltaE00: number;
  readonly deltaE00Foreground: number;
}

export interface SvgArtEvaluation {
  readonly drawings: number;
  /** Per mode: vectors (shapes recoloured, rendered) and the raster path (pixels colorized) on the same renders. */
  readonly vector: Record<ColorizeMode, RenderedScores>;
  readonly raster: Record<ColorizeMode, RenderedScores>;
  /** Share of visible solid-colour shapes given the palette colour nearest their true colour (flat). */
  readonly shapeAccuracy: number;
  readonly shapes: number;
  readonly seconds: number;
}

const MODES: readonly ColorizeMode[] = ['flat', 'shading'];

function finish(s: DeltaESums): RenderedScores {
  return { deltaE00: s.deltaE / Math.max(1, s.pixels), deltaE00Foreground: s.deltaEForeground / Math.max(1, s.pixelsForeground) };
}

/**
 * Scores vector colorizing on colour SVG drawings the style did not train
 * on: each is turned gray (graySvg), colorized as vectors (colorizeSvgAsync)
 * and rendered at the size it is scored at (its own, see svgRenderWidth, or
 * `renderSide`; `fullResolution` predicts every pixel of renders larger than the learnt scale),
 * beside the raster path (colorizeImage on the gray render), both against
 * the render of the original. Shape-level accuracy: a shape is right when it
 * gets the palette colour nearest its true colour, as the oracle would.
 */
export async function evaluateSvgArtAsync(
  style: StyleFile,
  paths: readonly string[],
  options: { readonly renderSide?: number; readonly fullResolution?: boolean } = {},
): Promise<SvgArtEvaluation> {
  const started = performance.now();
  const vector = { flat: createDeltaESums(), shading: createDeltaESums() };
  const raster = { flat: createDeltaESums(), shading: createDeltaESums() };
  const cache = new Map<number, number>();
  let shapes = 0;
  let right = 0;
  // One upload of the weights for every drawing and mode.
  const loaded = loadStyle(style);
  try {
    for (const path of paths) {
      const text = svgText(new Uint8Array(await readFile(path)), path);
      const doc = parseSvg(text, path);
      const width = svgRenderWidth(doc, options.renderSide);
      const truth = renderSvg(text, { width, label: path });
      const gray = graySvg(text, path);
      const originalSlots = findPaintSlots(doc);
      const grayRender = renderSvg(gray, { width, label: path });
      for (const mode of MODES) {
        const result = await colorizeSvgAsync(loaded, gray, { mode, label: path, renderSide: options.renderSide, fullResolution: options.fullResolution });
        addRenderedDeltaE(vector[mode], truth, renderSvg(result.svg, { width, label: path }), cache);
        addRenderedDeltaE(raster[mode], truth, await colorizeImage(loaded, grayRender, { mode, fullResolution: options.fullResolution }), cache);
        if (mode !== 'flat') continue;
        result.slots.forEach((slot, i) => {
          const original = originalSlots[i].paint;
          const chosen = result.colours.paletteIndex[i];
          if (slot.paint.kind !== 'colour' || original.kind !== 'colour' || chosen < 0) return;
          const lab = rgbToLab(original.rgb[0], original.rgb[1], original.rgb[2]);
          shapes++;
          if (nearestPaletteIndex(lab[0], lab[1], lab[2], style.palette) === chosen) right++;
        });
      }
    }
  } finally {
    loaded.dispose();
  }
  return {
    drawings: paths.length,
    vector: { flat: finish(vector.flat), shading: finish(vector.shading) },
    raster: { flat: finish(raster.flat), shading: finish(raster.shading) },
    shapeAccuracy: right / Math.max(1, shapes),
    shapes,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}
