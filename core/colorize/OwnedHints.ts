import type { HintMap } from '../hints/HintMap';

/** Hints and, per pixel, the hint pixel whose colour it must show or -1 (see hintOwners). */
export interface OwnedHints {
  readonly hints: HintMap;
  readonly owners: Int32Array;
}
