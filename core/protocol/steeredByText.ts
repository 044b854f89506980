/**
 * What shapes already in colour do to a vector drawing's colorize: they are hints, kept exactly, and their colours lead
 * the rest ("1 in colour kept" read as if they were only left alone). The one wording the preview's caption, the
 * selection summary and the plugin's report share: "steered by 1 in colour (a hint, kept as it is)".
 */
export function steeredByText(hints: number): string {
  return `steered by ${hints} in colour (${hints === 1 ? 'a hint, kept as it is' : 'hints, kept as they are'})`;
}
