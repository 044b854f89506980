/**
 * Where the result of a frame (or group, or drawing made into a picture) goes: beside it, since only an image fill can be
 * replaced. Short, because it sits beside the Colorize button, in view at any scroll.
 */
export function besideOnlyNote(count: number, someReplaced: boolean): string {
  const what = count === 1 ? "The frame's result goes on a new layer beside it" : `The ${count} frames' results go on new layers beside them`;
  if (someReplaced) return `${what}: only an image fill can be replaced.`;
  return `${what}; ${count === 1 ? 'the frame stays as it is' : 'the frames stay as they are'}.`;
}
