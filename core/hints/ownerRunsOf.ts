import { createOwnerRuns } from './createOwnerRuns';

/**
 * A per-pixel owner map (the owning hint pixel's position or -1, see hintOwners) → HintRegions.runs, whose owners
 * are places in `positions` (the hint pixels' positions).
 */
export function ownerRunsOf(owners: Int32Array, positions: Int32Array): Int32Array {
  const hintAt = new Int32Array(owners.length);
  positions.forEach((position, hint) => {
    hintAt[position] = hint;
  });
  const runs = createOwnerRuns();
  for (let i = 0; i < owners.length; i++) if (owners[i] >= 0) runs.add(i, i + 1, hintAt[owners[i]]);
  return runs.finish();
}
