/** Where colour hints decided, per pixel of the image colorized (see predictPixelsAsync). */
export interface HintRegions {
  /** The hint pixel (row-major position) whose exact colour the pixel shows (see hintOwners), or -1. */
  readonly owners: Int32Array;
}
