/** Collects the runs of HintRegions span by span (see createOwnerRuns). */
export interface OwnerRunWriter {
  /** Pixels [start, end) show hint `owner` (negative: none). Spans come in increasing order. */
  add(start: number, end: number, owner: number): void;
  /** The runs added, as HintRegions.runs. */
  finish(): Int32Array;
}

/**
 * A writer of HintRegions.runs: a span that goes on from the last one with its owner extends it, any other starts a run.
 * The runs grow in an Int32Array, doubled when full: pushed onto a plain array (40 k numbers),
 * the 13 k runs of 20 hint dots on a 1024² tiled emoji made upsampleHintRegions
 * take 13.2 ms, in a typed array 8.0 ms (CPU medians of 40 calls, 2026-12-02).
 */
export function createOwnerRuns(): OwnerRunWriter {
  let runs = new Int32Array(3 * 1024);
  let length = 0;
  return {
    add(start, end, owner) {
      if (owner < 0 || end <= start) return;
      const last = length - 3;
      if (last >= 0 && runs[last + 1] === start && runs[last + 2] === owner) {
        runs[last + 1] = end;
        return;
      }
      if (length === runs.length) {
        const grown = new Int32Array(2 * length);
        grown.set(runs);
        runs = grown;
      }
      runs[length] = start;
      runs[length + 1] = end;
      runs[length + 2] = owner;
      length += 3;
    },
    finish: () => runs.slice(0, length),
  };
}
