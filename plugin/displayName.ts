/**
 * A layer's name as messages show it: Figma names can be whole paragraphs
 * (an auto-named text layer), and the protocol caps names at 500 characters.
 */
export function displayName(name: string): string {
  return name.length <= 120 ? name : `${name.slice(0, 119)}…`;
}
