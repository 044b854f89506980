/**
 * Which shape each pixel of a rendered drawing shows: `ids[p]` is the index
 * (0..count-1) of the topmost shape painting pixel p, or -1 where no shape
 * does or the pixel could not be told (an antialiased edge, a translucent
 * overlay). Made from one render of the drawing with every shape painted in
 * its own ID colour (see the CLI's shapeMapFromIdRender, the plugin's export).
 */
export interface ShapeMap {
  readonly width: number;
  readonly height: number;
  /** length = width * height */
  readonly ids: Int32Array;
  readonly count: number;
}

/**
 * Shapes that already have colour: they keep it exactly and steer the rest.
 * `isHint[s]` is 1 for such a shape and `rgb[s*3..]` its colour.
 */
export interface ShapeHints {
  readonly isHint: Uint8Array;
  readonly rgb: Uint8Array;
}

/** One palette colour per shape (see colorizeShapes). */
export interface ShapeColours {
  /** Per shape, its palette colour's index, or -1: leave the shape as it is (no pixel shows, or it is a hint). */
  readonly paletteIndex: Int32Array;
  /** Per shape, 3 bytes of sRGB: its new colour (a hint's own colour; 0 where paletteIndex is -1 and no hint). */
  readonly rgb: Uint8Array;
  /** Per shape, how many of its pixels showed and were pooled. */
  readonly pixels: Int32Array;
  /** Per shape, the gray level 0–255 of its own colour: the mean over its pixels, or the caller's `levels`. */
  readonly levels: Uint8Array;
  /**
   * Per shape, the hint whose twin it is (the other eye of a coloured one, see hintTwins), or -1. A twin
   * takes that hint's exact colour in `rgb`, in either mode; its `paletteIndex` is the palette colour nearest it.
   */
  readonly twinOf: Int32Array;
}
