import { describe, expect, it } from 'vitest';
import { besideOnlyNote } from '../../ui/lib/besideOnlyNote';

describe('the note beside Colorize for art whose result cannot replace it', () => {
  it('says where one frame’s result goes, and that the frame is kept', () => {
    expect(besideOnlyNote(1, false)).toBe("The frame's result goes on a new layer beside it; the frame stays as it is.");
  });

  it('counts several frames', () => {
    expect(besideOnlyNote(3, false)).toBe("The 3 frames' results go on new layers beside them; the frames stay as they are.");
  });

  it('says why, when images in the same selection are replaced', () => {
    expect(besideOnlyNote(1, true)).toBe("The frame's result goes on a new layer beside it: only an image fill can be replaced.");
    expect(besideOnlyNote(2, true)).toBe("The 2 frames' results go on new layers beside them: only an image fill can be replaced.");
  });
});
