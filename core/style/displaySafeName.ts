/** Terminal escape sequences: CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
/** C0 and C1 control characters and DEL; also the bidirectional overrides, which can make a name read as something else. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern finds
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A style name as it may be shown anywhere, printed to a terminal included:
 * a name comes from a file someone shared, and "ESC[2J" in it would clear
 * the screen. Escape sequences and control characters are removed, runs of
 * spaces kept as they are; an emptied name becomes "Untitled style".
 */
export function displaySafeName(name: string): string {
  const safe = name.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '').trim();
  return safe === '' ? 'Untitled style' : safe;
}
