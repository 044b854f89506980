import type { SkipReason } from './messages';
import { MIN_NODE_SIDE } from './limits';

/**
 * Why a node was skipped, as words that follow "is" (“Logo” is hidden) and
 * also stand alone in a count (2 hidden). The one wording the plugin's
 * messages and the UI's selection summary share.
 */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  hidden: 'hidden',
  empty: 'empty',
  'too-small': `smaller than ${MIN_NODE_SIDE} px`,
  'unsupported-node': 'not a kind of layer Hueprint can read',
  'video-or-gif-fill': 'filled with a video or GIF',
  unreadable: 'unreadable (Figma could not give its pixels)',
};
