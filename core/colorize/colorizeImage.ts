import { toGrayImage } from '../colour/toGrayImage';
import { hintMapFromImage } from '../hints/hintMapFromImage';
import { hintsWhereMarksLie } from '../hints/hintsWhereMarksLie';
import type { HintMap } from '../hints/HintMap';
import { assertImage } from '../image';
import { alphaOf } from '../image/alphaOf';
import type { StyleFile } from '../style/StyleFile';
import type { AbortSignalLike, ColorizeMode, Rgba8Image } from '../types';
import { isLoadedStyle, loadStyle, type LoadedStyle } from './loadStyle';
import { keepUnlearntCanvas } from './keepUnlearntCanvas';
import { withMarkColours } from '../hints/withMarkColours';
import { PAINTERS } from './painters';
import { predictPixelsAsync } from './predictPixelsAsync';

export interface ColorizeOptions {
  /** 'flat': every pixel its palette colour (default). 'shading': palette hue and chroma, the input's gray. */
  readonly mode?: ColorizeMode;
  readonly signal?: AbortSignalLike;
  /**
   * Colour hints: RGBA, the size of the image; pixels with alpha ≥ 128 are
   * hints of exactly their colour, transparent ones are not (see splitHints
   * for partly coloured art), on the side of the art each mark mostly lies on
   * (see hintsWhereMarksLie). A style made before hints ignores them, with a notice.
   */
  readonly hints?: Rgba8Image;
  /** Also return where the model is unsure (see ColorizeResult). */
  readonly uncertainty?: boolean;
  /** Run the network on every pixel even of art larger than the style's learnt scale (slow; see predictPixelsAsync). */
  readonly fullResolution?: boolean;
  /**
   * The art as it is, when `image` is its gray split (see splitHints): what
   * the result is painted over. A colour painted into the art is a hint over
   * its own lightness, so it comes out exactly as painted in shading mode
   * too, while `image` there holds the gray of the part around it (see
   * grayUnderMarks), which the model reads. Without it a hint pixel lies
   * over `image`'s gray, as a mark drawn over the art (a frame's) does, and
   * takes its region's shading there.
   */
  readonly art?: Rgba8Image;
}

/** The colorized image, and what else colorizing found out. */
export interface ColorizeResult extends Rgba8Image {
  /** With `uncertainty`: per pixel, the doubt of the few flat parts where a hint helps most, 0 elsewhere (see PixelPredictions). */
  readonly uncertainty?: Float32Array;
  /** Hint pixels the colorizing followed (0 when none were given or the style cannot use them). */
  readonly hintPixels: number;
  /** Whether this style takes hints (styles made before hints do not). */
  readonly acceptsHints: boolean;
  readonly notices: readonly string[];
}

/** Whether a style's model takes colour hints; styles made before hints do not. */
export function acceptsHints(style: StyleFile): boolean {
  return style.model.preset === 'fcn' && !!style.model.hints;
}

/**
 * Colorize gray art with a trained style, at the input's full resolution:
 * predict every pixel's palette colour, then paint (see PAINTERS). Pass a
 * LoadedStyle to colorize a batch with one upload of the weights; a plain
 * style file is loaded and released here.
 *
 * Every hint is honoured: a hint does at least what the paint bucket does,
 * its colour covering its connected same-gray region (see floodHints; for
 * art larger than the style's learnt scale, found at that scale, see
 * predictPixelsAsync); the model decides the rest with the hints as
 * inputs. A hint pixel shows exactly its colour, and so does the region the model gives to it (the pixels
 * decided as the hint's palette colour within its part, see hintOwners), even when
 * that colour is off the palette; in shading mode the region takes the
 * hint's hue and chroma at its own gray. Leaves no tensors behind.
 */
export async function colorizeImage(style: StyleFile | LoadedStyle, image: Rgba8Image, options: ColorizeOptions = {}): Promise<ColorizeResult> {
  assertImage(image, 'The image to colorize');
  const mode = options.mode ?? 'flat';
  if (!Object.hasOwn(PAINTERS, mode)) throw new RangeError(`Unknown mode "${String(mode)}". Use "flat" or "shading".`);
  if (options.signal?.aborted) throw new Error('Colorizing was cancelled.');
  if (options.art) {
    assertImage(options.art, 'The art');
    if (options.art.width !== image.width || options.art.height !== image.height) {
      throw new RangeError(`The art is ${options.art.width}×${options.art.height} but its gray is ${image.width}×${image.height}. They must be one size.`);
    }
  }
  const file = isLoadedStyle(style) ? style.style : style;
  const notices: string[] = [];
  const takesHints = acceptsHints(file);
  let hints: HintMap | undefined;
  const gray = toGrayImage(image);
  const alpha = alphaOf(image);
  if (options.hints) {
    assertImage(options.hints, 'The hint image');
    if (options.hints.width !== image.width || options.hints.height !== image.height) {
      throw new RangeError(
        `The hint image is ${options.hints.width}×${options.hints.height} but the art is ${image.width}×${image.height}. Hints must be the size of the art.`,
      );
    }
    if (takesHints) hints = withMarkColours(hintsWhereMarksLie(hintMapFromImage(options.hints, file.palette), gray, alpha), file.palette);
    else notices.push(`The style "${file.name}" was made before colour hints, so it colorized without them. Train it again to use hints.`);
  }
  if (hints && hints.positions.length === 0) hints = undefined;
  const loaded = isLoadedStyle(style) ? style : loadStyle(style);
  try {
    const { indices, uncertainty, hintRegions } = await predictPixelsAsync(loaded, gray, {
      signal: options.signal,
      hints,
      uncertainty: options.uncertainty,
      fullResolution: options.fullResolution,
      alpha,
    });
    keepUnlearntCanvas(indices, gray.data, file.palette);
    const painted = PAINTERS[mode](options.art ?? image, indices, loaded, hints && hintRegions ? { hints, runs: hintRegions.runs } : undefined);
    return { ...painted, ...(uncertainty ? { uncertainty } : {}), hintPixels: hints?.positions.length ?? 0, acceptsHints: takesHints, notices };
  } finally {
    if (loaded !== style) loaded.dispose();
  }
}
