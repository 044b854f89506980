import { describe, expect, it } from 'vitest';
import { besideOnlyNote } from '../../ui/lib/besideOnlyNote';

describe('the note beside Colorize for art whose result cannot replace it', () => {
  it('says where one frame’s result goes, and that the frame is kept', () => {
    expect(besideOnlyNote(1, false)).toBe('The frame stays; its result goes on a new layer beside it.');
  });

  it('counts several frames', () => {
    expect(besideOnlyNote(3, false)).toBe('The 3 frames stay; results go on new layers beside them.');
  });

  it('says why, when images in the same selection are replaced', () => {
    expect(besideOnlyNote(1, true)).toBe("The frame's result goes beside it: only images are replaced.");
    expect(besideOnlyNote(2, true)).toBe("The 2 frames' results go beside them: only images are replaced.");
  });
});
