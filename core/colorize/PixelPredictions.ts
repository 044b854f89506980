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
  /**
   * [pixels] where a hint helps most: in the few flat parts the model is least sure of, the part's doubt in (0, 1] (1 − its
   * likeliest colour's share of the part's summed probabilities, over 1 − 1/K); 0 elsewhere (see unsureParts). Only when asked for.
   */
  readonly uncertainty?: Float32Array;
  /** [pixels × K] softmax probabilities, row-major per pixel; only when asked for (4·K bytes a pixel). */
  readonly probabilities?: Float32Array;
}
