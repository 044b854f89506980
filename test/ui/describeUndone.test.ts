import { describe, expect, it } from 'vitest';
import { describeUndone } from '../../ui/lib/describeUndone';

const report = ['Colorized 3 of 3 layers. One undo in Figma (⌘Z / Ctrl+Z) restores the originals.', '“Pear”: followed 2 colour marks.'];

describe('the colorize report once the run is undone in Figma', () => {
  it('no longer describes a run that was undone whole', () => {
    expect(describeUndone(report, { undone: 3, total: 3 })).toEqual(['Undone — the layers are back as they were.']);
  });

  it('says how much of it was undone, keeping the rest of the report', () => {
    expect(describeUndone(report, { undone: 1, total: 3 })).toEqual([
      'Undone for 1 of 3 layers: back as they were. The others keep their new colours.',
      ...report,
    ]);
  });

  it('is the run’s own report again after a redo', () => {
    expect(describeUndone(report, { undone: 0, total: 3 })).toBe(report);
  });
});
