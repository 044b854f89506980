/** Collects the runs of HintRegions span by span (see createOwnerRuns). */
export interface OwnerRunWriter {
  /** Pixels [start, end) show hint `owner` (negative: none). Spans come in increasing order. */
  add(start: number, end: number, owner: number): void;
  /** The runs added, as HintRegions.runs. */
  finish(): Int32Array;
}

/** A writer of HintRegions.runs: a span that goes on from the last one with its owner extends it, any other starts a run. */
export function createOwnerRuns(): OwnerRunWriter {
  const runs: number[] = [];
  return {
    add(start, end, owner) {
      if (owner < 0 || end <= start) return;
      const last = runs.length - 3;
      if (last >= 0 && runs[last + 1] === start && runs[last + 2] === owner) runs[last + 1] = end;
      else runs.push(start, end, owner);
    },
    finish: () => Int32Array.from(runs),
  };
}
