/**
 * The distinct opaque colours of some art with how many pixels have each.
 * Sorted by count (descending), ties by colour value, so it is deterministic.
 */
export interface DistinctColors {
  /** 24-bit sRGB, 0xRRGGBB. */
  readonly colors: Uint32Array;
  /** Pixels per colour (floats so totals over many megapixels stay exact). */
  readonly counts: Float64Array;
  /** Sum of counts: the number of opaque pixels. */
  readonly total: number;
}

/** The outcome of weighted k-means over points in Lab. */
export interface KMeansResult {
  /** k × 3 centres (L, a, b). */
  readonly centres: Float64Array;
  /** Nearest centre of each point under the final centres. */
  readonly assignment: Int32Array;
  /** Total weight of the points assigned to each centre. */
  readonly clusterWeights: Float64Array;
  /** Σ weight · squared Lab distance to the nearest centre (the k-means objective). */
  readonly inertia: number;
  /** Lloyd iterations run. */
  readonly iterations: number;
}

export interface ExtractPaletteOptions {
  /** Palette size K; default 32. Art with fewer distinct colours gets a palette of exactly those. */
  readonly k?: number;
  /** Seed of the k-means++ draws; the same images and seed give the same palette. Default 1. */
  readonly seed?: number;
  /** Cap on Lloyd iterations; default 50 (flat art converges in far fewer). */
  readonly maxIterations?: number;
  /**
   * Independent k-means++ / Lloyd runs; the one with the lowest inertia wins.
   * A single run now and then lands in a local optimum several percent worse.
   * Default: as many as fit a fixed budget of ~6·10⁵ point–centre pairs,
   * between 3 and 20 — so small inputs (where a run costs well under a
   * millisecond) get 20 tries, and 40 anti-aliased emoji (~45k distinct
   * colours, binned to a few thousand, K = 32) get 4.
   */
  readonly restarts?: number;
  /**
   * Above this many distinct colours, colours are first merged on a 32-level
   * grid per channel (see binColors). Default 4096: antialiased art has tens of
   * thousands of near-duplicate colours, and binning them first made a
   * 1024² palette 3–7× faster at equal or lower inertia (npm run bench).
   */
  readonly maxPoints?: number;
}
