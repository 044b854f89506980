/**
 * A seeded pseudo-random generator: Mulberry32 (Tommy Ettinger, 2017), a
 * 32-bit state generator that passes gjrand/PractRand for the few million draws
 * Hueprint needs (k-means++ seeding, data splits, augmentation).
 *
 * Why not Math.random: every result Hueprint produces must be reproducible
 * from a seed, in the browser and in Node alike, so tests and benchmarks can
 * compare runs and a designer gets the same palette twice.
 *
 * @param seed any finite number; it is reduced to 32 bits.
 * @returns a function returning floats uniformly distributed in [0, 1).
 */
export function createRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`The random seed must be a finite number, got ${seed}.`);
  }
  // Mix the seed once so that nearby seeds (1, 2, 3…) start far apart.
  let state = (Math.imul((Math.floor(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ 0x6d2b79f5) >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
