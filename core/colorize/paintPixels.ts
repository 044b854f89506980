import { grayOf } from '../colour/grayOf';
import type { Rgba8Image } from '../types';

/** Writes the colour of a pixel a hint owns: `owner` is the hint pixel (its place in HintMap.positions), `i` the pixel, `level` its gray, into `out` at `p`. */
export type HintPaint = (owner: number, i: number, level: number, out: Uint8Array, p: number) => void;

/**
 * The painters' shared loop: every pixel gets row `index` of `colours`
 * (flat, 3 bytes a colour), or with `byGray` row `index · 256 + its gray
 * level` (shading, see shadingTable); the pixels a hint owns (`runs`, see
 * HintRegions) are painted by `hint` instead: a HintPaint, or the hints'
 * exact colours (HintMap.exactRgb), which they then show as they are (flat; a
 * plain copy, not a call per pixel, since on large art a hint can own most
 * of it). The alpha channel is the input's: fully transparent pixels are
 * returned untouched and partly transparent ones keep their coverage, so a
 * colorized sticker still sits on whatever is behind it.
 */
export function paintPixels(
  image: Rgba8Image,
  indices: Int32Array,
  colours: Uint8Array,
  byGray: boolean,
  runs?: Int32Array,
  hint?: HintPaint | Uint8Array,
): Rgba8Image {
  const hintRgb = hint instanceof Uint8Array ? hint : undefined;
  const hintPaint = hint instanceof Uint8Array ? undefined : hint;
  const src = image.data;
  const out = new Uint8Array(src.length);
  const count = runs && hint ? runs.length : 0;
  // The run the pixels are in or before: pixels [runs[r], end) show hint pixel `owner`.
  let r = 0;
  let end = -1;
  let owner = -1;
  for (let i = 0, p = 0; i < indices.length; i++, p += 4) {
    if (i === end) owner = -1;
    if (r < count && i === runs![r]) {
      end = runs![r + 1];
      owner = runs![r + 2];
      r += 3;
    }
    const alpha = src[p + 3];
    if (alpha === 0) {
      out[p] = src[p];
      out[p + 1] = src[p + 1];
      out[p + 2] = src[p + 2];
      continue;
    }
    out[p + 3] = alpha;
    if (owner >= 0 && hintRgb) {
      out[p] = hintRgb[owner * 3];
      out[p + 1] = hintRgb[owner * 3 + 1];
      out[p + 2] = hintRgb[owner * 3 + 2];
      continue;
    }
    if (owner >= 0 && hintPaint) {
      hintPaint(owner, i, Math.round(grayOf(src[p], src[p + 1], src[p + 2])), out, p);
      continue;
    }
    const c = indices[i];
    const o = byGray ? (c * 256 + Math.round(grayOf(src[p], src[p + 1], src[p + 2]))) * 3 : c * 3;
    out[p] = colours[o];
    out[p + 1] = colours[o + 1];
    out[p + 2] = colours[o + 2];
  }
  return { width: image.width, height: image.height, data: out };
}
