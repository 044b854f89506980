/** Where colour hints decided, over the image colorized (see predictPixelsAsync). */
export interface HintRegions {
  /**
   * The pixels that show a hint pixel's exact colour (see hintOwners), as runs in raster order: triples
   * (start, end, hint), so positions [start, end) show the hint pixel at HintMap.positions[hint]. Runs, not a
   * per-pixel map, so large art with a few hints pays for the pixels the hints own, not for a full-size array.
   */
  readonly runs: Int32Array;
}
