/**
 * The first line of a colorize report: how many layers were colorized, and
 * what one undo does to exactly those (restores replaced fills, removes new
 * layers). Said once: each new layer's own line says where it went, and a
 * replaced fill needs no line of its own (the headline had said it twice,
 * "Colorized 1 of 1 layer… restores the originals" then "Colorized “Art”…
 * Undo restores the original"). `stopped` (why a run ended early) heads a
 * cancelled run's line instead, with the same undo clause: it had said
 * "one undo restores them" of new layers that undo removes.
 */
export function describeColorizeRun(total: number, replaced: number, added: number, stopped?: string): string {
  const s = (n: number) => (n === 1 ? '' : 's');
  const written = replaced + added;
  const head = stopped ? `${stopped} after ${written} layer${s(written)}.` : `Colorized ${written} of ${total} layer${s(total)}.`;
  if (written === 0) return head;
  const undo =
    added === 0
      ? `restores the original${s(replaced)}`
      : replaced === 0
        ? `removes the new layer${s(added)}`
        : `restores the replaced fill${s(replaced)} and removes the new layer${s(added)}`;
  return `${head} ${stopped ? 'Those stay colorized; one' : 'One'} undo (⌘Z / Ctrl+Z) ${undo}.`;
}
