import { existsSync } from 'node:fs';
import { listImageFiles, readImageFile } from '../../../cli/io';
import { loadStyle } from '../../../core/colorize/loadStyle';
import { predictPixelsAsync } from '../../../core/colorize/predictPixelsAsync';
import { toGrayImage } from '../../../core/colour/toGrayImage';
import { prepareExample } from '../../../core/dataset/prepareExample';
import { resizeBilinear } from '../../../core/image/resizeBilinear';
import { addToScores } from '../../../core/metrics/addToScores';
import { createScoreAccumulator } from '../../../core/metrics/createScoreAccumulator';
import { finishScores } from '../../../core/metrics/finishScores';
import { trainStyle } from '../../../core/train/trainStyle';
import { now } from '../../../core/train/now';
import type { Rgba8Image } from '../../../core/types';

/** One upscale factor: held-out foreground ΔE2000 and seconds, the network on every pixel vs at the learnt scale. */
export interface BigImageRow {
  readonly factor: number;
  readonly side: number;
  readonly fullDeltaE00Foreground: number;
  readonly fastDeltaE00Foreground: number;
  readonly fullAccuracyForeground: number;
  readonly fastAccuracyForeground: number;
  readonly fullSeconds: number;
  readonly fastSeconds: number;
}

export interface BigImageBench {
  readonly art: string;
  readonly trainImages: number;
  readonly testImages: number;
  readonly epochs: number;
  readonly rows: readonly BigImageRow[];
}

/**
 * Quality of colorizing art larger than the training art: a style trained
 * on toonhead-one's training images (128², maxSide 128, so the learnt scale is the art's own), then its held-out
 * images scaled up (bilinear, as a larger export of the same drawing would be) by each factor
 * and colorized two ways — the network on every full-resolution pixel, and the default (predicted at the learnt
 * scale, labels brought up by joint bilateral upsampling) — each scored against the scaled-up colour art.
 */
export async function benchBigImages(root: string, factors: readonly number[], epochs: number, log: (message: string) => void): Promise<BigImageBench> {
  const dir = `${root}/../shared/art/toonhead-one`;
  if (!existsSync(`${dir}/train`)) throw new Error(`The big-image bench needs ${dir}/train and /test; they are missing.`);
  const read = async (sub: string): Promise<Rgba8Image[]> => Promise.all((await listImageFiles(`${dir}/${sub}`)).map((file) => readImageFile(file)));
  const train = await read('train');
  const test = await read('test');
  log(`big: training on ${train.length} toonhead-one images, ${epochs} epochs…`);
  const { style } = await trainStyle(train, { epochs, seed: 1, maxSide: 128, testFraction: 0, name: 'big' });
  const loaded = loadStyle(style);
  const rows: BigImageRow[] = [];
  try {
    for (const factor of factors) {
      const full = createScoreAccumulator(style.palette);
      const fast = createScoreAccumulator(style.palette);
      let fullSeconds = 0;
      let fastSeconds = 0;
      let side = 0;
      for (const image of test) {
        const big = resizeBilinear(image, image.width * factor, image.height * factor);
        side = Math.max(big.width, big.height);
        const { labels } = prepareExample(big, style.palette);
        const gray = toGrayImage(big);
        let started = now();
        addToScores(full, big, labels, (await predictPixelsAsync(loaded, gray, { fullResolution: true })).indices);
        fullSeconds += (now() - started) / 1000;
        started = now();
        addToScores(fast, big, labels, (await predictPixelsAsync(loaded, gray)).indices);
        fastSeconds += (now() - started) / 1000;
      }
      const a = finishScores(full);
      const b = finishScores(fast);
      rows.push({
        factor,
        side,
        fullDeltaE00Foreground: a.deltaE00Foreground,
        fastDeltaE00Foreground: b.deltaE00Foreground,
        fullAccuracyForeground: a.accuracyForeground,
        fastAccuracyForeground: b.accuracyForeground,
        fullSeconds: fullSeconds / test.length,
        fastSeconds: fastSeconds / test.length,
      });
      log(
        `big: ×${factor} (${side}²) full ΔE00 fg ${a.deltaE00Foreground.toFixed(2)} in ${(fullSeconds / test.length).toFixed(2)} s, fast ${b.deltaE00Foreground.toFixed(2)} in ${(fastSeconds / test.length).toFixed(3)} s`,
      );
    }
  } finally {
    loaded.dispose();
  }
  return { art: 'toonhead-one', trainImages: train.length, testImages: test.length, epochs, rows };
}
