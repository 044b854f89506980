import type { SkippedItem, SkipReason } from '../core/protocol/messages';
import { MIN_SIDE } from './classifySelectionAsync';

const REASONS: Record<SkipReason, string> = {
  hidden: 'is hidden',
  empty: 'is empty',
  'too-small': `is smaller than ${MIN_SIDE} px`,
  'unsupported-node': 'is a kind of layer Hueprint cannot read',
  'video-or-gif-fill': 'has a video or GIF fill',
  unreadable: 'could not be read',
  'not-gray': 'has colour',
};

/** `“Logo” is hidden; “Slice 1” is a kind of layer…` — at most five, then a count. */
export function explainSkipped(skipped: readonly SkippedItem[]): string {
  const shown = skipped.slice(0, 5).map((s) => `“${s.name}” ${REASONS[s.reason]}`);
  if (skipped.length > 5) shown.push(`and ${skipped.length - 5} more`);
  return shown.join('; ');
}
