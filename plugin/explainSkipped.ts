import type { SkippedItem } from '../core/protocol/messages';
import { SKIP_REASON_TEXT } from '../core/protocol/skipReasonText';

/** `“Logo” is hidden; “Slice 1” is not a kind of layer…` — at most five, then a count. */
export function explainSkipped(skipped: readonly SkippedItem[]): string {
  const shown = skipped.slice(0, 5).map((s) => `“${s.name}” is ${SKIP_REASON_TEXT[s.reason]}`);
  if (skipped.length > 5) shown.push(`and ${skipped.length - 5} more`);
  return shown.join('; ');
}
