/**
 * What a model reads about hints, per pixel of one image, tile or batch (in
 * the same pixel order as its gray): the hints themselves and where gray
 * alone carries them (see propagateHints). Palette indices, -1 for none.
 */
export interface HintSources {
  readonly index: Int32Array;
  readonly fill: Int32Array;
  readonly global: Int32Array;
}
