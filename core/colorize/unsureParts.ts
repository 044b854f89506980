import { forEachFlatPart } from './forEachFlatPart';

/**
 * A part is shown from this doubt up (see unsureParts; 1: all colours alike). Measured on the 36 held-out Noto images of
 * the eval's styles (seeds 1–3, K 32, no hints), where 52% of foreground pixels come out wrong: parts of doubt 0.6–0.65
 * were 55% wrong, 0.65–0.7 69%, over 0.7 81%; below 0.6, 24–92% with no order (the model is often sure and wrong on
 * art unlike its own). From 0.65 the hatch covers 7% of the art and 76% of it is wrong (50% outside it).
 */
export const UNSURE_DOUBT = 0.65;
/** At most this many parts are shown: the designer hints one or two at a time, and the preview then shows the next. */
export const UNSURE_PARTS = 3;
/**
 * Nor a part smaller than this share of the art: a hint on a sliver (a 1-px line between two outlines) puts little
 * right, and on art the model colours well (toonhead-cast, 3% of pixels wrong) such slivers were all it hatched.
 */
export const UNSURE_LEAST_SHARE = 0.005;

/**
 * Where one hint helps most. Flat art is coloured part by part (see
 * voteFlatParts), so the designer hints a part, not a pixel, and a part's
 * colour is as sure as the model's probabilities summed over all its
 * pixels (a part whose pixels each say orange or red for sure is still a
 * toss-up). A part's doubt is 1 − its most likely colour's share of that
 * sum (the chance the part comes out wrong, by the model's own account)
 * over 1 − 1/K, its most (all K colours alike), so one line serves any
 * palette size; doubt × pixels ranks the parts by how many pixels a hint
 * there is expected to put right. Of the parts with doubt ≥ UNSURE_DOUBT and at
 * least UNSURE_LEAST_SHARE of the art, the UNSURE_PARTS with most to gain
 * get their doubt at each of their pixels; everything else is 0: the parts
 * the model is sure of, pixels in no flat part (edges, shading, specks,
 * the canvas) and pixels `fixed` holds (≥ 0: a hint's paint bucket, the
 * designer's colour). `probabilities` is K per pixel, row-major. Typed
 * arrays; one flood over the pixels (forEachFlatPart).
 */
export function unsureParts(probabilities: Float32Array, gray: Float32Array, width: number, k: number, fixed?: Int32Array): Float32Array {
  const doubts = new Float32Array(gray.length);
  const sum = new Float64Array(k);
  // The unsure parts, their pixels copied (forEachFlatPart reuses its buffer): chosen once the art's size is known.
  const unsure: { gain: number; doubt: number; pixels: Int32Array }[] = [];
  const art = forEachFlatPart(gray, width, fixed, (pixels, size) => {
    sum.fill(0);
    for (let q = 0; q < size; q++) for (let c = 0, o = pixels[q] * k; c < k; c++) sum[c] += probabilities[o + c];
    let total = 0;
    let top = 0;
    for (let c = 0; c < k; c++) {
      total += sum[c];
      if (sum[c] > top) top = sum[c];
    }
    const doubt = total > 0 && k > 1 ? (1 - top / total) / (1 - 1 / k) : 0;
    if (doubt >= UNSURE_DOUBT) unsure.push({ gain: doubt * size, doubt, pixels: pixels.slice(0, size) });
  });
  const shown = unsure.filter((part) => part.pixels.length >= UNSURE_LEAST_SHARE * art).sort((a, b) => b.gain - a.gain);
  for (const part of shown.slice(0, UNSURE_PARTS)) for (const i of part.pixels) doubts[i] = part.doubt;
  return doubts;
}
