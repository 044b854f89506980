import { grayOf } from '../colour/grayOf';
import { rgbToLab } from '../colour/rgbToLab';
import { toGrayImage } from '../colour/toGrayImage';
import { hintMapFromImage } from '../hints/hintMapFromImage';
import type { HintMap } from '../hints/HintMap';
import { hintOwners } from '../hints/hintOwners';
import { hintSourcesOf } from '../hints/hintSourcesOf';
import { assertImage } from '../image';
import type { StyleFile } from '../style/StyleFile';
import type { AbortSignalLike, ColorizeMode, Rgba8Image } from '../types';
import { predictIndices } from './predictIndices';
import { shadeColour, shadingTable } from './shadingTable';
import { priorOf, weightTensors } from './weightTensors';

export interface ColorizeOptions {
  /** 'flat': every pixel its palette colour (default). 'shading': palette hue and chroma, the input's gray. */
  readonly mode?: ColorizeMode;
  readonly signal?: AbortSignalLike;
  /**
   * Colour hints: RGBA, the size of the image; pixels with alpha ≥ 128 are
   * hints of exactly their colour, transparent ones are not (see splitHints
   * for partly coloured art). A style made before hints ignores them, with a notice.
   */
  readonly hints?: Rgba8Image;
  /** Also return each pixel's uncertainty (see ColorizeResult). */
  readonly uncertainty?: boolean;
}

/** The colorized image, and what else colorizing found out. */
export interface ColorizeResult extends Rgba8Image {
  /** With `uncertainty`: per pixel, the normalized entropy in [0, 1] of the model's palette probabilities (0 sure, 1 all alike). */
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
 * Colorize gray art with a trained style, at the input's full resolution.
 * The alpha channel is the input's: fully transparent pixels are returned
 * untouched and partly transparent ones keep their coverage, so a colorized
 * sticker still sits on whatever is behind it.
 *
 * Every hint is honoured: a hint pixel shows exactly its colour, and so does
 * the region the model gives to it (the connected pixels decided as the
 * hint's palette colour, see hintOwners), even when that colour is off the
 * palette; in shading mode the region takes the hint's hue and chroma at its
 * own gray. Leaves no tensors behind.
 */
export async function colorizeImage(style: StyleFile, image: Rgba8Image, options: ColorizeOptions = {}): Promise<ColorizeResult> {
  assertImage(image, 'The image to colorize');
  const mode = options.mode ?? 'flat';
  if (mode !== 'flat' && mode !== 'shading') throw new RangeError(`Unknown mode "${String(mode)}". Use "flat" or "shading".`);
  if (options.signal?.aborted) throw new Error('Colorizing was cancelled.');
  const notices: string[] = [];
  const takesHints = acceptsHints(style);
  let hints: HintMap | undefined;
  if (options.hints) {
    assertImage(options.hints, 'The hint image');
    if (options.hints.width !== image.width || options.hints.height !== image.height) {
      throw new RangeError(`The hint image is ${options.hints.width}×${options.hints.height} but the art is ${image.width}×${image.height}. Hints must be the size of the art.`);
    }
    if (takesHints) hints = hintMapFromImage(options.hints, style.palette);
    else notices.push(`The style "${style.name}" was made before colour hints, so it colorized without them. Train it again to use hints.`);
  }
  if (hints && hints.pixels === 0) hints = undefined;
  const gray = toGrayImage(image);
  const uncertainty = options.uncertainty ? new Float32Array(image.width * image.height) : undefined;
  const weights = weightTensors(style);
  let indices: Int32Array;
  try {
    const sources = hints ? hintSourcesOf(gray.data, image.width, image.height, hints.index) : undefined;
    indices = await predictIndices(style.model, weights, style.palette, gray, priorOf(style), options.signal, { hints: sources, uncertainty });
  } finally {
    for (const t of weights.values()) t.dispose();
  }
  let owners: Int32Array | undefined;
  if (hints) {
    for (let i = 0; i < indices.length; i++) if (hints.index[i] >= 0) indices[i] = hints.index[i];
    owners = hintOwners(indices, hints);
  }
  const src = image.data;
  const out = new Uint8Array(src.length);
  const rgb = style.palette.rgb;
  const table = mode === 'shading' ? shadingTable(style.palette) : undefined;
  const shadeHint = hints && table ? hintShader(hints) : undefined;
  for (let i = 0, p = 0; i < indices.length; i++, p += 4) {
    const alpha = src[p + 3];
    if (alpha === 0) {
      out[p] = src[p];
      out[p + 1] = src[p + 1];
      out[p + 2] = src[p + 2];
      continue;
    }
    out[p + 3] = alpha;
    const owner = owners ? owners[i] : -1;
    if (owner >= 0) {
      const h = hints!.rgb;
      if (!shadeHint || owner === i) {
        out[p] = h[owner * 3];
        out[p + 1] = h[owner * 3 + 1];
        out[p + 2] = h[owner * 3 + 2];
      } else {
        shadeHint(owner, Math.round(grayOf(src[p], src[p + 1], src[p + 2])), out, p);
      }
      continue;
    }
    const c = indices[i];
    const o = table ? (c * 256 + Math.round(grayOf(src[p], src[p + 1], src[p + 2]))) * 3 : c * 3;
    const colours = table ?? rgb;
    out[p] = colours[o];
    out[p + 1] = colours[o + 1];
    out[p + 2] = colours[o + 2];
  }
  return {
    width: image.width,
    height: image.height,
    data: out,
    ...(uncertainty ? { uncertainty } : {}),
    hintPixels: hints?.pixels ?? 0,
    acceptsHints: takesHints,
    notices,
  };
}

/**
 * Shading mode's colour for a pixel a hint owns: the hint's exact colour at
 * the hint's own gray level, elsewhere its hue and chroma at the pixel's
 * gray (as shadingTable does for palette colours). Cached per colour and level.
 */
function hintShader(hints: HintMap): (owner: number, level: number, out: Uint8Array, p: number) => void {
  const cache = new Map<number, number>();
  const lab = new Float64Array(3);
  const shaded = new Float64Array(3);
  return (owner, level, out, p) => {
    const r = hints.rgb[owner * 3], g = hints.rgb[owner * 3 + 1], b = hints.rgb[owner * 3 + 2];
    if (Math.round(grayOf(r, g, b)) === level) {
      out[p] = r;
      out[p + 1] = g;
      out[p + 2] = b;
      return;
    }
    const key = ((r << 16) | (g << 8) | b) * 256 + level;
    let packed = cache.get(key);
    if (packed === undefined) {
      rgbToLab(r, g, b, lab);
      shadeColour(lab[1], lab[2], level, shaded);
      const byte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
      packed = (byte(shaded[0]) << 16) | (byte(shaded[1]) << 8) | byte(shaded[2]);
      cache.set(key, packed);
    }
    out[p] = packed >> 16;
    out[p + 1] = (packed >> 8) & 255;
    out[p + 2] = packed & 255;
  };
}
