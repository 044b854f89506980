import { createRandom } from '../random';

/**
 * A seeded image-level split: `testFraction` of n images held out (at least
 * one when there are two or more, so there is always an honest score), the
 * rest for training. Splitting by image, not by pixel, matters: neighbouring
 * pixels of one image are near-duplicates, and a pixel-level split would
 * score memory, not generalisation.
 */
export function splitIndices(n: number, testFraction: number, seed: number): { train: number[]; test: number[] } {
  if (!(testFraction >= 0 && testFraction < 1)) throw new RangeError(`testFraction must be in [0, 1), got ${testFraction}.`);
  const order = Array.from({ length: n }, (_, i) => i);
  const random = createRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let nTest = Math.round(n * testFraction);
  if (testFraction > 0 && n >= 2) nTest = Math.min(n - 1, Math.max(1, nTest));
  const test = order.slice(0, nTest).sort((a, b) => a - b);
  const train = order.slice(nTest).sort((a, b) => a - b);
  return { train, test };
}
