/** Hint pixels and their palette colours, without the rest of the image (see HintMap). */
export interface PixelHints {
  /** The hint pixels' row-major positions, in raster order. */
  readonly positions: Int32Array;
  /** [hint pixels]: each hint pixel's nearest palette index (what the model reasons with). */
  readonly paletteIndex: Int32Array;
}

/**
 * Colour hints resolved against a style's palette: the hint pixels of an
 * image, each with its colour snapped to the palette (`paletteIndex`, what
 * the model reasons with) and exact (`exactRgb`, what the output shows).
 * Only the hint pixels are held, in raster order, so a few dots on large art
 * cost a few entries, not arrays the size of the art.
 */
export interface HintMap extends PixelHints {
  readonly width: number;
  readonly height: number;
  /** [hint pixels × 3]: each hint pixel's exact sRGB colour. */
  readonly exactRgb: Uint8Array;
  /**
   * [hint pixels × 3]: the colour each hint pixel lends the region it owns, its mark's core colour (a soft brush's rim
   * lends the stroke's colour, see withMarkColours); absent: `exactRgb`. The hint pixels themselves show `exactRgb`.
   */
  readonly markRgb?: Uint8Array;
}
