/** What the sandbox last said about the run a report describes (RESULTS_UNDONE). */
export interface UndoneCount {
  readonly undone: number;
  readonly total: number;
}

/**
 * The report to show once some of a run's layers are back as they were (an
 * undo in Figma): it no longer says what was done when all of it was undone,
 * says how much when part was, and is the run's own report again after a redo.
 */
export function describeUndone(runReport: readonly string[], count: UndoneCount): readonly string[] {
  if (count.undone === 0) return runReport;
  if (count.undone >= count.total) return ['Undone — the layers are back as they were.'];
  const layers = `${count.undone} of ${count.total} layer${count.total === 1 ? '' : 's'}`;
  return [`Undone for ${layers}: back as they were. The others keep their new colours.`, ...runReport];
}
