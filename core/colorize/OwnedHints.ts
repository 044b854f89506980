import type { HintMap } from '../hints/HintMap';

/** Hints and the runs of pixels whose colour a hint pixel decides (HintRegions.runs, see hintOwners). */
export interface OwnedHints {
  readonly hints: HintMap;
  readonly runs: Int32Array;
}
