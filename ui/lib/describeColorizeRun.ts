/**
 * The first line of a colorize report: how many layers were colorized, and
 * what one undo does to exactly those (restores replaced fills, removes new
 * layers). Said once: each new layer's own line says where it went, and a
 * replaced fill needs no line of its own (the headline had said it twice,
 * "Colorized 1 of 1 layer… restores the originals" then "Colorized “Art”…
 * Undo restores the original").
 */
export function describeColorizeRun(total: number, replaced: number, added: number): string {
  const s = (n: number) => (n === 1 ? '' : 's');
  const head = `Colorized ${replaced + added} of ${total} layer${s(total)}.`;
  if (replaced + added === 0) return head;
  const undo =
    added === 0
      ? `restores the original${s(replaced)}`
      : replaced === 0
        ? `removes the new layer${s(added)}`
        : `restores the replaced fill${s(replaced)} and removes the new layer${s(added)}`;
  return `${head} One undo (⌘Z / Ctrl+Z) ${undo}.`;
}
