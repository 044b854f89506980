/** The plain answer for a selection with nothing drawn in it (see isBlankArt). */
export function blankArtMessage(name: string): string {
  return `“${name}” is blank: nothing in it is darker than paper white, so there is nothing to colorize. Select gray art, or a frame that holds it.`;
}
