/**
 * What the model says about every pixel of an image, at the image's full
 * resolution: the colour it decided on and, when asked for, how sure it is.
 * Painters turn it into pixels.
 */
export interface PixelPredictions {
  readonly width: number;
  readonly height: number;
  /** Palette size K. */
  readonly k: number;
  /** [pixels] the decided palette index (see Decision). */
  readonly indices: Int32Array;
  /** [pixels] normalized entropy of the palette probabilities in [0, 1] (0 sure, 1 all alike); only when asked for. */
  readonly uncertainty?: Float32Array;
  /** [pixels × K] softmax probabilities, row-major per pixel; only when asked for (4·K bytes a pixel). */
  readonly probabilities?: Float32Array;
}
