/**
 * Adam7's seven interlace passes (PNG specification, section 8.2): each pass's
 * first column and row, then its column and row steps.
 */
export const ADAM7_PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
