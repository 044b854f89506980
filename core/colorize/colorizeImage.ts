import { grayOf } from '../colour/grayOf';
import { toGrayImage } from '../colour/toGrayImage';
import { assertImage } from '../image';
import type { StyleFile } from '../style/StyleFile';
import type { AbortSignalLike, ColorizeMode, Rgba8Image } from '../types';
import { predictIndices } from './predictIndices';
import { shadingTable } from './shadingTable';
import { priorOf, weightTensors } from './weightTensors';

export interface ColorizeOptions {
  /** 'flat': every pixel its palette colour (default). 'shading': palette hue and chroma, the input's gray. */
  readonly mode?: ColorizeMode;
  readonly signal?: AbortSignalLike;
}

/**
 * Colorize gray art with a trained style, at the input's full resolution.
 * The alpha channel is the input's: fully transparent pixels are returned
 * untouched and partly transparent ones keep their coverage, so a colorized
 * sticker still sits on whatever is behind it. Leaves no tensors behind.
 */
export async function colorizeImage(style: StyleFile, image: Rgba8Image, options: ColorizeOptions = {}): Promise<Rgba8Image> {
  assertImage(image, 'The image to colorize');
  const mode = options.mode ?? 'flat';
  if (mode !== 'flat' && mode !== 'shading') throw new RangeError(`Unknown mode "${String(mode)}". Use "flat" or "shading".`);
  if (options.signal?.aborted) throw new Error('Colorizing was cancelled.');
  const weights = weightTensors(style);
  let indices: Int32Array;
  try {
    indices = await predictIndices(style.model, weights, style.palette, toGrayImage(image), priorOf(style), options.signal);
  } finally {
    for (const t of weights.values()) t.dispose();
  }
  const src = image.data;
  const out = new Uint8Array(src.length);
  const rgb = style.palette.rgb;
  const table = mode === 'shading' ? shadingTable(style.palette) : undefined;
  for (let i = 0, p = 0; i < indices.length; i++, p += 4) {
    const alpha = src[p + 3];
    if (alpha === 0) {
      out[p] = src[p];
      out[p + 1] = src[p + 1];
      out[p + 2] = src[p + 2];
      continue;
    }
    const c = indices[i];
    const o = table ? (c * 256 + Math.round(grayOf(src[p], src[p + 1], src[p + 2]))) * 3 : c * 3;
    const colours = table ?? rgb;
    out[p] = colours[o];
    out[p + 1] = colours[o + 1];
    out[p + 2] = colours[o + 2];
    out[p + 3] = alpha;
  }
  return { width: image.width, height: image.height, data: out };
}
