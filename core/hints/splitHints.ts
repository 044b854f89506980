import { grayOf } from '../colour/grayOf';
import { rgbToLab } from '../colour/rgbToLab';
import { toGrayImage } from '../colour/toGrayImage';
import { assertImage } from '../image/assertImage';
import { LABELLED_ALPHA } from '../image/limits';
import { grayLevels } from '../inputs/grayLevels';
import type { Rgba8Image } from '../types';
import { countHintMarks } from './countHintMarks';
import { dropRingingHints } from './dropRingingHints';
import { grayUnderMarks } from './grayUnderMarks';
import { snapMarkColours } from './snapMarkColours';

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
 *
 * Lossy art (`image.lossy`, set by the decoders for JPEG): the hint pixels
 * that are compression ringing are dropped (dropRingingHints), each small
 * mark takes its dominant colours (snapMarkColours), and grayUnderMarks
 * reads the gray a few pixels beyond each mark. A JPEG of the Noto cherry
 * with a green dot on its leaf and a red one on a cherry had 2–22 marks
 * instead of 2, its cherries came out dark green and its leaf purple.
 */
export function splitHints(image: Rgba8Image): SplitHints {
  assertImage(image, 'The art to read hints from');
  const { width, height } = image;
  const lossy = image.lossy === true;
  const n = width * height;
  const src = image.data;
  const gray = new Uint8Array(src);
  const hints = new Uint8Array(n * 4);
  const hint = new Uint8Array(n);
  let found = false;
  const lab = new Float64Array(3);
  // Flat art repeats few colours: find each one's squared chroma once.
  const cache = new Map<number, number>();
  const limit = HINT_CHROMA * HINT_CHROMA;
  // Lossy art: each hint pixel's chroma, to tell compression ringing from colour (see dropRingingHints).
  const chroma = lossy ? new Float32Array(n) : null;
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    if (src[p + 3] < LABELLED_ALPHA) continue;
    const r = src[p],
      g = src[p + 1],
      b = src[p + 2];
    if (r === g && g === b) continue;
    const key = (r << 16) | (g << 8) | b;
    let squared = cache.get(key);
    if (squared === undefined) {
      rgbToLab(r, g, b, lab);
      squared = lab[1] * lab[1] + lab[2] * lab[2];
      cache.set(key, squared);
    }
    if (squared < limit) continue;
    if (chroma) chroma[i] = Math.sqrt(squared);
    hints[p] = r;
    hints[p + 1] = g;
    hints[p + 2] = b;
    hints[p + 3] = 255;
    hint[i] = 1;
    found = true;
    gray[p] = gray[p + 1] = gray[p + 2] = Math.round(grayOf(r, g, b));
  }
  if (found && chroma) {
    // A JPEG round trip rings around each coloured mark and no two of a mark's pixels keep one colour: the pixels
    // dropped as ringing stay gray art (at their own luminance, as above), and each small mark takes its dominant colours.
    dropRingingHints(hint, chroma, width);
    for (let i = 0, p = 0; i < n; i++, p += 4) if (!hint[i]) hints[p + 3] = 0;
    snapMarkColours(hints, hint, width);
    for (let i = 0, p = 0; i < n; i++, p += 4) if (!hints[p + 3]) hints[p] = hints[p + 1] = hints[p + 2] = 0;
  }
  if (found) {
    // Every pixel's gray level, hint pixels at their own luminance (alpha ignored: it is written back as RGB, alpha
    // kept); no art where transparent. A mark painted inside a flat part takes that part's gray.
    const levels = grayLevels(toGrayImage({ width, height, data: gray }, null).data);
    for (let i = 0; i < n; i++) if (src[i * 4 + 3] < LABELLED_ALPHA) levels[i] = NO_ART;
    // In lossy art a moved mark's blurred edge moves too (see grayUnderMarks): every changed level is written back.
    const before = lossy ? Int32Array.from(levels) : null;
    if (grayUnderMarks(levels, hint, width, lossy) > 0) {
      for (let i = 0, p = 0; i < n; i++, p += 4) if (hint[i] || (before && before[i] !== levels[i])) gray[p] = gray[p + 1] = gray[p + 2] = levels[i];
    }
  }
  const hintImage = { width, height, data: hints };
  return { gray: { width, height, data: gray }, hints: hintImage, count: countHintMarks(hintImage) };
}
