import { deltaE2000 } from '../colour/deltaE2000';
import { rgbToLab } from '../colour/rgbToLab';
import { LABELLED_ALPHA } from '../image/limits';
import type { LabelMap, Rgba8Image } from '../types';
import type { ScoreAccumulator } from './ScoreAccumulator';

/**
 * Adds one image's scores to `acc`. `truth` is the real colour image,
 * `trueLabels` its palette labels (assignLabels), `predicted` the palette
 * index the colorizer chose per pixel (a pixel then shows palette.rgb of it).
 *
 * Scored pixels: opaque ones (alpha ≥ 128). Foreground: opaque and not near
 * white (not all of R, G, B ≥ 250) — on art drawn on white, the background
 * is most of the image and trivially right, which would hide how well the
 * drawing itself is coloured.
 *
 * Per pixel: label accuracy; CIEDE2000 between the true colour and the
 * predicted palette colour (cached per (colour, index) pair: flat art repeats
 * a few hundred pairs over and over); squared 8-bit RGB error for PSNR.
 */
export function addToScores(acc: ScoreAccumulator, truth: Rgba8Image, trueLabels: LabelMap, predicted: Int32Array): void {
  const n = truth.width * truth.height;
  if (truth.data.length !== n * 4) {
    throw new RangeError(`addToScores: a ${truth.width}×${truth.height} image needs ${n * 4} bytes, got ${truth.data.length}.`);
  }
  if (trueLabels.width !== truth.width || trueLabels.height !== truth.height || trueLabels.data.length !== n) {
    throw new RangeError(`addToScores: the labels are ${trueLabels.width}×${trueLabels.height} but the image is ${truth.width}×${truth.height}.`);
  }
  if (predicted.length !== n) {
    throw new RangeError(`addToScores: ${predicted.length} predictions for ${n} pixels.`);
  }
  const { deltaECache: cache, paletteLab, palette } = acc;
  const k = paletteLab.length / 3;
  const rgb = palette.rgb;
  const d = truth.data;
  const lab = new Float64Array(3);
  let pixels = 0,
    correct = 0,
    deltaE = 0,
    squared = 0;
  let pixelsFg = 0,
    correctFg = 0,
    deltaEFg = 0,
    squaredFg = 0;

  for (let i = 0, s = 0; i < n; i++, s += 4) {
    if (d[s + 3] < LABELLED_ALPHA) continue;
    const p = predicted[i];
    if (!(p >= 0 && p < k)) {
      throw new RangeError(`addToScores: pixel ${i} is opaque but its prediction ${p} is not a palette index (0–${k - 1}).`);
    }
    const r = d[s],
      g = d[s + 1],
      b = d[s + 2];
    const key = ((r << 16) | (g << 8) | b) * k + p;
    let de = cache.get(key);
    if (de === undefined) {
      rgbToLab(r, g, b, lab);
      de = deltaE2000(lab[0], lab[1], lab[2], paletteLab[p * 3], paletteLab[p * 3 + 1], paletteLab[p * 3 + 2]);
      cache.set(key, de);
    }
    const er = r - rgb[p * 3],
      eg = g - rgb[p * 3 + 1],
      eb = b - rgb[p * 3 + 2];
    const se = er * er + eg * eg + eb * eb;
    const hit = p === trueLabels.data[i] ? 1 : 0;
    pixels++;
    correct += hit;
    deltaE += de;
    squared += se;
    if (r < 250 || g < 250 || b < 250) {
      pixelsFg++;
      correctFg += hit;
      deltaEFg += de;
      squaredFg += se;
    }
  }
  acc.pixels[0] += pixels;
  acc.pixels[1] += pixelsFg;
  acc.correct[0] += correct;
  acc.correct[1] += correctFg;
  acc.deltaE[0] += deltaE;
  acc.deltaE[1] += deltaEFg;
  acc.squaredError[0] += squared;
  acc.squaredError[1] += squaredFg;
}
