/**
 * How many epochs training goes on over all the art once the held-out images
 * have measured the style: a fifth of the measured epochs, rounded up (2 after
 * the default 10). These are plain passes over all the pixels, without the
 * minimum steps of a measured epoch (a few small frames were already seen
 * many times over): on 40 emoji of 128 px, 40 steps after 140 (about a fifth
 * more training time), on six 128 px images 6 steps after 40, where a second
 * run from scratch on everything would double the time.
 */
export function epochsOnAllArt(epochs: number): number {
  return Math.ceil(epochs / 5);
}
