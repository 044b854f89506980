/**
 * What a model reads about hints, per pixel of one image, tile or batch (in
 * the same pixel order as its gray): the hints themselves and where gray
 * alone carries them (see propagateHints). Palette indices, -1 for none.
 */
export interface HintSources {
  readonly index: Int32Array;
  /** The paint bucket's region of each hint: colorizing gives it the hint's colour whatever the model says (see floodHints). */
  readonly fill: Int32Array;
  /** Where each hint reaches across shading (a superset of `fill`, or `fill` itself for styles that read no reach): what the model reads. */
  readonly reach: Int32Array;
  /** Outside every reach, the colour hints gave to this pixel's gray level elsewhere. */
  readonly global: Int32Array;
  /**
   * The palette colours hinted anywhere in the image (see propagateHints), which
   * steer the pixels no hint reaches for a style with hintHues (see
   * priorRowsOf). Absent in training batches, whose networks learn without it.
   */
  readonly hinted?: Int32Array;
  /** Colorizing's twin regions, in `fill` and `reach` as if hinted there: pairs (the region's seed, the hint pixel it copies; see twinRegions). */
  readonly twins?: Int32Array;
}
