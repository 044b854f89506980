import { grayOf } from '../colour/grayOf';
import { rgbToLab } from '../colour/rgbToLab';
import { toGrayImage } from '../colour/toGrayImage';
import { assertImage } from '../image/assertImage';
import { LABELLED_ALPHA } from '../image/limits';
import { grayLevels } from '../inputs/grayLevels';
import type { Rgba8Image } from '../types';
import { countHintMarks } from './countHintMarks';
import { grayUnderMarks } from './grayUnderMarks';

/** Partly coloured art, split into gray art and the colour hints it carried. */
export interface SplitHints {
  /** The art with every hint pixel turned to gray (alpha kept): what the model colorizes. A part coloured in its true colour takes its own luminance, a mark painted inside a flat part the gray around it (see grayUnderMarks). */
  readonly gray: Rgba8Image;
  /** RGBA, the size of the art: hint pixels opaque in exactly their colour, all others transparent. */
  readonly hints: Rgba8Image;
  /** Number of hints: connected groups of hint pixels (8-connected), as a designer counts marks. */
  readonly count: number;
}

/**
 * CIELAB chroma C* = √(a*² + b*²) from which a pixel is "clearly coloured".
 * Gray art saved through colour-managed or lossy pipelines drifts by a few
 * units; a colour a designer picks on purpose has tens.
 */
export const HINT_CHROMA = 12;

/** Level of a pixel that is no art (transparent) for grayUnderMarks: farther than any tolerance from every gray. */
const NO_ART = -256;

/**
 * The clearly coloured pixels of partly coloured art are colour hints; the
 * rest is the gray art to colorize. A pixel is a hint when it is mostly
 * opaque (alpha ≥ 128) and its chroma is at least HINT_CHROMA.
 *
 * Antialiased edges: where a coloured region meets gray, the edge pixels are
 * blends with less chroma. Those under the threshold stay gray art (the
 * model colours them); those above it are hints of their exact blend, so the
 * designer's own edge comes out unchanged. Achromatic hints (black, white,
 * gray) cannot be told from the art in one image: draw them as marks in a
 * separate hint image instead.
 *
 * The gray under a hint pixel is its own luminance (a part coloured in its
 * true colour), except for a mark painted inside one flat part, which takes
 * that part's gray (see grayUnderMarks).
 */
export function splitHints(image: Rgba8Image): SplitHints {
  assertImage(image, 'The art to read hints from');
  const { width, height } = image;
  const n = width * height;
  const src = image.data;
  const gray = new Uint8Array(src);
  const hints = new Uint8Array(n * 4);
  const hint = new Uint8Array(n);
  let found = false;
  const lab = new Float64Array(3);
  // Flat art repeats few colours: decide each once.
  const cache = new Map<number, boolean>();
  const limit = HINT_CHROMA * HINT_CHROMA;
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    if (src[p + 3] < LABELLED_ALPHA) continue;
    const r = src[p],
      g = src[p + 1],
      b = src[p + 2];
    if (r === g && g === b) continue;
    const key = (r << 16) | (g << 8) | b;
    let coloured = cache.get(key);
    if (coloured === undefined) {
      rgbToLab(r, g, b, lab);
      coloured = lab[1] * lab[1] + lab[2] * lab[2] >= limit;
      cache.set(key, coloured);
    }
    if (!coloured) continue;
    hints[p] = r;
    hints[p + 1] = g;
    hints[p + 2] = b;
    hints[p + 3] = 255;
    hint[i] = 1;
    found = true;
    gray[p] = gray[p + 1] = gray[p + 2] = Math.round(grayOf(r, g, b));
  }
  if (found) {
    // Every pixel's gray level, hint pixels at their own luminance (alpha ignored: it is written back as RGB, alpha
    // kept); no art where transparent. A mark painted inside a flat part takes that part's gray.
    const levels = grayLevels(toGrayImage({ width, height, data: gray }, null).data);
    for (let i = 0; i < n; i++) if (src[i * 4 + 3] < LABELLED_ALPHA) levels[i] = NO_ART;
    if (grayUnderMarks(levels, hint, width) > 0) {
      for (let i = 0, p = 0; i < n; i++, p += 4) if (hint[i]) gray[p] = gray[p + 1] = gray[p + 2] = levels[i];
    }
  }
  const hintImage = { width, height, data: hints };
  return { gray: { width, height, data: gray }, hints: hintImage, count: countHintMarks(hintImage) };
}
