import type { Example } from '../dataset/Example';
import { grayLevel } from '../inputs/grayLevel';
import { propagateHints } from './propagateHints';
import { simulateHints } from './simulateHints';

/** Hint counts per image the measurement simulates, as the eval sweep does. */
const COUNTS = [1, 2, 5, 10, 20];
/** Images measured at most: enough pixels for one number, bounded time on big training sets. */
const MAX_IMAGES = 48;

/**
 * How far "the same gray elsewhere" (HintSources.global) can be trusted on
 * this style's art: the weight s of the hint's colour in the mixture
 * (1 − s) · P(colour | gray) + s · [colour = hint's], by maximum likelihood
 * over the training images' labels (s on a grid of 0.05), outside each
 * hint's reach when the model reads it (`withReach`), with hints
 * simulated as the eval sweep places them. Under the model "a pixel repeats
 * the hinted part with probability s, else its colour follows the prior",
 * that mixture is the exact posterior, so s is what the data says. Measured:
 * about 0.55 on Noto emoji (parts reuse a gray: both eyes) and 0.15 on the
 * shaded toonhead cast (skin and cloth share grays), where a fixed 0.9 made
 * hints worse than the paint bucket.
 */
export function measureSameGrayTrust(examples: readonly Example[], prior: Float32Array, k: number, random: () => number, withReach = false): number {
  const pTrue: number[] = [];
  const hit: number[] = [];
  const step = Math.max(1, Math.ceil(examples.length / MAX_IMAGES));
  for (let e = 0; e < examples.length; e += step) {
    const { gray, labels } = examples[e];
    for (const count of COUNTS) {
      const hints = simulateHints(labels.data, gray.data, gray.width, gray.height, random, { count });
      const { global } = propagateHints(gray.data, gray.width, gray.height, hints, withReach);
      for (let i = 0; i < global.length; i++) {
        const label = labels.data[i];
        if (label < 0 || global[i] < 0) continue;
        pTrue.push(Math.exp(prior[grayLevel(gray.data[i]) * k + label]));
        hit.push(global[i] === label ? 1 : 0);
      }
    }
  }
  if (pTrue.length === 0) return 0;
  let best = 0;
  let bestLikelihood = -Infinity;
  for (let g = 0; g <= 19; g++) {
    const s = g / 20;
    let likelihood = 0;
    for (let j = 0; j < pTrue.length; j++) likelihood += Math.log((1 - s) * pTrue[j] + s * hit[j] + 1e-12);
    if (likelihood > bestLikelihood) {
      bestLikelihood = likelihood;
      best = s;
    }
  }
  return best;
}
