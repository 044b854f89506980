import { createOwnerRuns } from './createOwnerRuns';

/**
 * A per-pixel owner map (the owning hint pixel's position or -1, see hintOwners) → HintRegions.runs, whose owners
 * are places in `positions` (the hint pixels' positions). One call per run, not per pixel: a hint's region is a
 * whole part (see voteFlatParts), so most owned pixels continue a run.
 */
export function ownerRunsOf(owners: Int32Array, positions: Int32Array): Int32Array {
  const n = owners.length;
  const hintAt = new Int32Array(n);
  for (let h = 0; h < positions.length; h++) hintAt[positions[h]] = h;
  const runs = createOwnerRuns();
  let start = 0;
  let current = -1;
  for (let i = 0; i <= n; i++) {
    const owner = i < n && owners[i] >= 0 ? hintAt[owners[i]] : -1;
    if (owner === current) continue;
    if (current >= 0) runs.add(start, i, current);
    start = i;
    current = owner;
  }
  return runs.finish();
}
