/**
 * Where the result of a frame (or group, or drawing made into a picture) goes: beside it, since only an image fill can be
 * replaced. Short, one line under the Colorize button and the colour choice, in view at any scroll.
 */
export function besideOnlyNote(count: number, someReplaced: boolean): string {
  if (someReplaced) return `${count === 1 ? "The frame's result goes beside it" : `The ${count} frames' results go beside them`}: only images are replaced.`;
  return count === 1 ? 'The frame stays; its result goes on a new layer beside it.' : `The ${count} frames stay; results go on new layers beside them.`;
}
