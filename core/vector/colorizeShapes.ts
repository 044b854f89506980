import { forEachPredictionTileAsync } from '../colorize/forEachPredictionTileAsync';
import { isLoadedStyle, loadStyle, type LoadedStyle } from '../colorize/loadStyle';
import { paletteCosts } from '../colorize/paletteCosts';
import { shadedColour } from '../colorize/shadedColour';
import { toGrayImage } from '../colour/toGrayImage';
import { assertImage, resizeGrayAreaAverage } from '../image';
import type { StyleFile } from '../style/StyleFile';
import type { AbortSignalLike, ColorizeMode, Rgba8Image } from '../types';
import { assertShapeMap } from './assertShapeMap';
import { chooseShapeColours, type ShapePooling } from './chooseShapeColours';
import { hintBonus } from './hintBonus';
import { hintTwins } from './hintTwins';
import { nearestPaletteIndex } from '../palette/nearestPaletteIndex';
import { rgbToLab } from '../colour/rgbToLab';
import { poolShapeEvidence } from './poolShapeEvidence';
import { poolUpsampledEvidence } from './poolUpsampledEvidence';
import { shapeHintIndex } from './shapeHintIndex';
import { acceptsHints } from '../colorize/colorizeImage';
import { downscaleHintIndex } from '../hints/downscaleHintIndex';
import { pixelHintsOf } from '../hints/pixelHintsOf';
import { hintSourcesOf } from '../hints/hintSourcesOf';
import { createShapeEvidence } from './ShapeEvidence';
import type { ShapeColours, ShapeHints, ShapeMap } from './ShapeMap';

export interface ColorizeShapesOptions {
  /** 'flat': the palette colour. 'shading': its hue and chroma at the shape's own lightness. */
  readonly mode?: ColorizeMode;
  /** Shapes already in colour: kept exactly, and they steer the others: as pixel hints to a model that takes them (see shapeHintIndex), and same-gray shapes toward their colour (see hintBonus). */
  readonly hints?: ShapeHints;
  /** Each shape's own gray level (0–255), when the caller knows it exactly; else the mean of its pixels. */
  readonly levels?: Uint8Array;
  /** How pixels' evidence is pooled; by default as the style decides pixels (see chooseShapeColours). */
  readonly pooling?: ShapePooling;
  /** Run the network on every pixel even of a drawing larger than the style's learnt scale (slow; for comparison). */
  readonly fullResolution?: boolean;
  /**
   * The same shapes drawn larger, for telling twins by their footprints (see hintTwins): a shape's pixels in a
   * shape map are those it covers wholly, so a part 1–2 px thin in `shapeMap` shows too few. By default `shapeMap`.
   */
  readonly twinMap?: ShapeMap;
  readonly signal?: AbortSignalLike;
}

/**
 * One palette colour per shape of a drawing: the model's per-pixel
 * predictions for the rendered gray art, pooled over the pixels each shape
 * shows (see ShapeMap), so a shape is one colour however noisy its pixels.
 * A shape with no visible pixel, and a hint, comes back as -1 (leave it as
 * it is); a hint's twin (the other eye, see hintTwins) takes the hint's exact colour. The predictions are colorizeImage's own (forEachPredictionTileAsync),
 * pooled tile by tile without holding W × H × K floats. A drawing larger than
 * the scale the style learnt at is predicted at that scale, as colorizeImage
 * does, and its evidence brought up to the full-resolution shape map guided
 * by the full-resolution gray (see poolUpsampledEvidence). Pass a LoadedStyle to
 * colorize a batch with one upload of the weights. Leaves no tensors behind.
 */
export async function colorizeShapes(
  styleOrLoaded: StyleFile | LoadedStyle,
  grayImage: Rgba8Image,
  shapeMap: ShapeMap,
  options: ColorizeShapesOptions = {},
): Promise<ShapeColours> {
  assertImage(grayImage, 'The image to colorize');
  assertShapeMap(shapeMap, grayImage.width, grayImage.height);
  const mode = options.mode ?? 'flat';
  if (mode !== 'flat' && mode !== 'shading') throw new RangeError(`Unknown mode "${String(mode)}". Use "flat" or "shading".`);
  const count = shapeMap.count;
  const { hints, levels: givenLevels } = options;
  if (hints && (hints.isHint.length !== count || hints.rgb.length !== count * 3)) throw new RangeError(`Hints must describe all ${count} shapes.`);
  if (givenLevels && givenLevels.length !== count) throw new RangeError(`Levels must give all ${count} shapes a gray level.`);
  const twinMap = options.twinMap ?? shapeMap;
  if (twinMap !== shapeMap) {
    assertShapeMap(twinMap, twinMap.width, twinMap.height);
    if (twinMap.count !== count) throw new RangeError(`The twin map has ${twinMap.count} shapes but the shape map ${count}.`);
  }
  if (options.signal?.aborted) throw new Error('Colorizing was cancelled.');

  const style = isLoadedStyle(styleOrLoaded) ? styleOrLoaded.style : styleOrLoaded;
  const palette = style.palette;
  const k = palette.frequency.length;
  const gray = toGrayImage(grayImage);
  const pooling = options.pooling ?? (style.model.decision === 'min-delta-e' ? 'expected-delta-e' : 'log-probability');
  const evidence = createShapeEvidence(count, k, pooling === 'log-probability' ? 'log-probability' : 'probability');
  // Shapes in colour are also the model's pixel hints, when it takes them: they steer their neighbours by context.
  const hintIndex = hints && acceptsHints(style) ? shapeHintIndex(shapeMap, hints, palette) : undefined;
  const loaded = isLoadedStyle(styleOrLoaded) ? styleOrLoaded : loadStyle(styleOrLoaded);
  try {
    const side = loaded.learntSide;
    const longest = Math.max(gray.width, gray.height);
    if (!options.fullResolution && loaded.config.preset === 'fcn' && loaded.prior && side && longest > side) {
      const scale = side / longest;
      const small = resizeGrayAreaAverage(gray, Math.max(1, Math.round(gray.width * scale)), Math.max(1, Math.round(gray.height * scale)));
      const low = new Float32Array(small.width * small.height * k);
      const smallHints = hintIndex && downscaleHintIndex(pixelHintsOf(hintIndex), gray.width, gray.height, small.width, small.height).index;
      await forEachPredictionTileAsync(
        loaded,
        small,
        { evidence: 'log-probability' },
        (tile) => {
          for (let y = 0; y < tile.height; y++) {
            const src = y * tile.width * k;
            low.set(tile.evidence!.subarray(src, src + tile.width * k), ((tile.y + y) * small.width + tile.x) * k);
          }
        },
        { signal: options.signal, ...(smallHints ? { hints: hintSourcesOf(small.data, small.width, small.height, smallHints, style.model) } : {}) },
      );
      poolUpsampledEvidence(evidence, shapeMap, gray, small, low, loaded.prior);
    } else {
      await forEachPredictionTileAsync(loaded, gray, { evidence: evidence.kind }, (tile) => poolShapeEvidence(evidence, shapeMap, gray, tile), {
        signal: options.signal,
        ...(hintIndex ? { hints: hintSourcesOf(gray.data, gray.width, gray.height, hintIndex, style.model) } : {}),
      });
    }
  } finally {
    if (loaded !== styleOrLoaded) loaded.dispose();
  }

  const levels = givenLevels ?? new Uint8Array(count);
  if (!givenLevels) for (let s = 0; s < count; s++) levels[s] = evidence.pixels[s] > 0 ? Math.round(evidence.graySum[s] / evidence.pixels[s]) : 0;
  const chosen = chooseShapeColours(
    evidence,
    pooling,
    pooling === 'expected-delta-e' ? paletteCosts(palette) : undefined,
    hints ? hintBonus(hints, levels, palette) : undefined,
  );

  const rgb = new Uint8Array(count * 3);
  const scratch = new Float64Array(3);
  const twinOf = hints ? hintTwins(twinMap, hints.isHint, hints.rgb, levels) : new Int32Array(count).fill(-1);
  for (let s = 0; s < count; s++) {
    if (hints?.isHint[s]) {
      chosen[s] = -1;
      rgb.set(hints.rgb.subarray(s * 3, s * 3 + 3), s * 3);
      continue;
    }
    const twin = twinOf[s];
    if (hints && twin >= 0) {
      const hint = hints.rgb.subarray(twin * 3, twin * 3 + 3);
      rgb.set(hint, s * 3);
      rgbToLab(hint[0], hint[1], hint[2], scratch);
      chosen[s] = nearestPaletteIndex(scratch[0], scratch[1], scratch[2], palette);
      continue;
    }
    const c = chosen[s];
    if (c < 0) continue;
    if (mode === 'flat') rgb.set(palette.rgb.subarray(c * 3, c * 3 + 3), s * 3);
    else shadedColour(palette.lab[c * 3 + 1], palette.lab[c * 3 + 2], levels[s], rgb, s * 3, scratch);
  }
  return { paletteIndex: chosen, rgb, pixels: evidence.pixels, levels, twinOf };
}
