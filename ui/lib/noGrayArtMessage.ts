/** Below this share of gray pixels the art is all colour: nothing is left to colorize. */
export const MIN_GRAY_SHARE = 0.02;

/** The plain answer for a selection that has colour but no gray art under it. */
export function noGrayArtMessage(name: string): string {
  return (
    `“${name}” is all colour: there is no gray art in it to colorize. ` +
    'Select gray art; colour on it (coloured regions, or marks drawn over it in a frame) steers the result.'
  );
}
