/**
 * Colour hints resolved against a style's palette, one entry per pixel of
 * the image they belong to. A hint is a pixel whose colour the designer
 * fixed; `index` is that colour snapped to the palette (what the model
 * reasons with), `rgb` the exact colour (what the output shows).
 */
export interface HintMap {
  readonly width: number;
  readonly height: number;
  /** [pixels]: the hint's nearest palette index, or -1 where there is no hint. */
  readonly index: Int32Array;
  /** [pixels × 3]: the hint's exact sRGB colour (0 where there is no hint). */
  readonly rgb: Uint8Array;
  /** Number of hint pixels. */
  readonly pixels: number;
  /** The hint pixels' row-major positions, in raster order (so large art need not be scanned for its few hints again). */
  readonly positions: Int32Array;
}
