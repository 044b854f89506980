import { describe, expect, it } from 'vitest';
import { describeColorizeRun } from '../../ui/lib/describeColorizeRun';

describe('the first line of a colorize report', () => {
  it('says how many layers, and what one undo does to exactly those, once', () => {
    expect(describeColorizeRun(1, 1, 0)).toBe('Colorized 1 of 1 layer. One undo (⌘Z / Ctrl+Z) restores the original.');
    expect(describeColorizeRun(1, 0, 1)).toBe('Colorized 1 of 1 layer. One undo (⌘Z / Ctrl+Z) removes the new layer.');
    expect(describeColorizeRun(3, 2, 0)).toBe('Colorized 2 of 3 layers. One undo (⌘Z / Ctrl+Z) restores the originals.');
    // Replace fill with a frame in the batch: the frame's result went beside it, and undo takes that away too.
    expect(describeColorizeRun(3, 2, 1)).toBe('Colorized 3 of 3 layers. One undo (⌘Z / Ctrl+Z) restores the replaced fills and removes the new layer.');
    expect(describeColorizeRun(1, 0, 0)).toBe('Colorized 0 of 1 layer.');
  });

  it('says the same of a run cancelled part way: undo removes new layers, it does not restore them', () => {
    expect(describeColorizeRun(3, 0, 2, 'Colorizing cancelled')).toBe(
      'Colorizing cancelled after 2 layers. Those stay colorized; one undo (⌘Z / Ctrl+Z) removes the new layers.',
    );
    expect(describeColorizeRun(3, 1, 0, 'Colorizing cancelled')).toBe(
      'Colorizing cancelled after 1 layer. Those stay colorized; one undo (⌘Z / Ctrl+Z) restores the original.',
    );
    expect(describeColorizeRun(3, 0, 0, 'Colorizing cancelled')).toBe('Colorizing cancelled after 0 layers.');
  });
});
