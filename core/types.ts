/**
 * The contracts of Hueprint's engine. Everything in `core/` is pure TypeScript
 * with no DOM and no `figma`, so the same code runs in the plugin's iframe and
 * in Node. Images are flat typed arrays, never arrays of per-pixel objects.
 */

/** An sRGB image with straight (non-premultiplied) alpha, RGBA interleaved, row-major. */
export interface Rgba8Image {
  readonly width: number;
  readonly height: number;
  /** length = width * height * 4 */
  readonly data: Uint8Array | Uint8ClampedArray;
  /**
   * Decoded from a lossy encoding (JPEG, lossy WebP; see isLossyEncoding):
   * its colours carry compression artefacts, which reading hints from it
   * must clean up (see splitHints). Set by the decoders, absent otherwise.
   */
  readonly lossy?: boolean;
}

/** One channel of floats, row-major; gray images hold values in [0, 1]. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  /** length = width * height */
  readonly data: Float32Array;
}

/**
 * A palette of K colours, sorted by descending frequency in the art it came from.
 * Index i of every array describes the same colour.
 */
export interface Palette {
  /** K * 3 bytes of sRGB. */
  readonly rgb: Uint8Array;
  /** K * 3 floats of CIELAB (D65). */
  readonly lab: Float32Array;
  /** K fractions of the clustered (opaque) pixels, summing to 1. */
  readonly frequency: Float32Array;
}

/**
 * Per-pixel palette indices. -1 marks a pixel that neither trains nor is
 * scored (transparent: alpha < 128). `tf.oneHot(-1)` is an all-zero row, so
 * such pixels drop out of the loss by construction.
 */
export interface LabelMap {
  readonly width: number;
  readonly height: number;
  readonly data: Int32Array;
}

/** How a predicted palette index becomes a pixel colour. */
export type ColorizeMode = 'flat' | 'shading';

/** Backends tfjs can run Hueprint on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

export type PresetName = 'fcn' | 'seed';

/** Architecture of the fully convolutional default. */
export interface FcnConfig {
  readonly preset: 'fcn';
  /** Channels at full resolution; each downsampling level adds half as many again (16, 24, 32…). */
  readonly width: number;
  /** Number of 2x downsamplings in the encoder. */
  readonly depth: number;
  readonly dropout: number;
  /**
   * Add the training art's context-free log-prior log P(colour | gray) to the
   * logits, so the network starts as the best lookup table and learns only
   * what context adds (see buildPrior).
   */
  readonly prior: boolean;
  readonly decision: Decision;
  /**
   * Takes colour hints (needs the prior): the hints mixed into the prior
   * input and logits, plus three mask channels (see priorRowsOf, hintChannel). Styles
   * made before hints lack it and colorize without hints.
   */
  readonly hints?: boolean;
  /**
   * With hints: the weight, from 0 to 1, of a hint's colour at pixels of its
   * gray elsewhere in the image, measured on the training art (see
   * measureHintSettings). Styles trained before it was measured use 0.9.
   */
  readonly sameGrayTrust?: number;
  /**
   * With hints: the model reads where each hint reaches across shading and
   * gradients (HintSources.reach, see propagateHints), not only its paint
   * bucket region. Styles trained before it read the paint bucket's region.
   */
  readonly hintReach?: boolean;
  /**
   * With hints: how the colours hinted in an image steer the parts no hint
   * reaches (see hintKinship, measureHintSettings): a palette colour's prior there
   * is weighted by `floor` + exp(−d² / 2σ²), d its CIELAB a*b* distance to
   * the nearest hinted colour (σ = `sigma`). Measured on the training art;
   * absent where it did not help, and in styles trained before it.
   */
  readonly hintHues?: HintHues;
}

/** See FcnConfig.hintHues. */
export interface HintHues {
  /** Spread of the hue kernel in CIELAB a*b* units. */
  readonly sigma: number;
  /** Weight every colour keeps however far from the hinted hues. */
  readonly floor: number;
}

/**
 * How a pixel's colour is chosen from the model's probabilities.
 * 'argmax': the likeliest colour. 'min-delta-e': the colour with the least
 * expected CIEDE2000 error (minimum Bayes risk); the same when the model is
 * sure, and when it hesitates the choice that errs least visibly.
 */
export type Decision = 'argmax' | 'min-delta-e';

/** The original study's shape: conv3x3x32 → flatten → dense(hidden) → dense(S·S·K). */
export interface SeedConfig {
  readonly preset: 'seed';
  /** Side of the square working image, S. */
  readonly size: number;
  readonly hidden: number;
  readonly dropout: number;
  /** As FcnConfig.prior; off by default, as in the original study. */
  readonly prior: boolean;
  /** Argmax by default, as in the original study. */
  readonly decision: Decision;
}

export type ModelConfig = FcnConfig | SeedConfig;

/** Per-epoch report while training. */
export interface TrainProgress {
  readonly epoch: number;
  readonly epochs: number;
  /** Mean training loss of the epoch. */
  readonly loss: number;
  /** Per-pixel accuracy on the training crops of the epoch. */
  readonly trainAccuracy: number;
  /** Per-pixel accuracy on the held-out images (NaN when there are none). */
  readonly testAccuracy: number;
  readonly secondsElapsed: number;
  readonly secondsRemaining: number;
}

/** Scores of one colorizer on a set of images. */
export interface ColorizerScores {
  readonly accuracy: number;
  readonly accuracyForeground: number;
  readonly deltaE00: number;
  readonly deltaE00Foreground: number;
  readonly psnr: number;
  readonly psnrForeground: number;
}

/**
 * The part of the platform's AbortSignal that core reads. core compiles
 * without DOM or Node types, and both runtimes' AbortSignal fit this.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener?(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener?(type: 'abort', listener: () => void): void;
}
