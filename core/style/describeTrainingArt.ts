import type { TrainingReport } from './StyleFile';

const images = (n: number): string => `${n} image${n === 1 ? '' : 's'}`;

/**
 * Which art a style learnt from and which measured it, in words, e.g.
 * "measured on 12 held-out images, then trained on all 40".
 */
export function describeTrainingArt(t: TrainingReport): string {
  if (t.thenTrainedOnAll) return `measured on ${images(t.images.test)} held out, then trained on all ${t.thenTrainedOnAll.images}`;
  if (t.images.test === 0) return `trained on ${images(t.images.train)}, none held out`;
  return `trained on ${images(t.images.train)}, measured on ${t.images.test} held out`;
}
