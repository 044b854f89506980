import type { MarkImage } from '../core/protocol/messages';
import { MAX_COLOUR_MARKS } from '../core/protocol/schemas';
import { displayName } from './displayName';
import type { OwnVisibilityChanges } from './OwnVisibilityChanges';
import { UserError } from './UserError';

export interface MarkedArt {
  /** The node exported with its colour marks hidden: the gray art alone. */
  readonly bytes: Uint8Array;
  readonly marks: readonly MarkImage[];
}

/**
 * Reads a frame holding gray art under colour marks as two things: each mark
 * exported on its own (so the colour under it is not mixed with the gray), then
 * the frame exported with the marks hidden (so the gray under a mark is not
 * lost). Visibility is the only thing touched, and it is restored even when an
 * export fails; the marks are otherwise left exactly as drawn.
 */
export async function readMarkedArtAsync(node: SceneNode, marks: readonly SceneNode[], scale: number, own: OwnVisibilityChanges): Promise<MarkedArt> {
  const name = displayName(node.name);
  if (marks.length > MAX_COLOUR_MARKS) {
    throw new UserError(
      `“${name}” has ${marks.length} colour marks; Hueprint reads at most ${MAX_COLOUR_MARKS}. ` +
        'Group or flatten some of them (a group of marks counts as one) and colorize again.',
    );
  }
  if (!('exportAsync' in node)) throw new UserError(`“${name}” cannot be exported.`);
  const settings: ExportSettingsImage = { format: 'PNG', colorProfile: 'SRGB', constraint: { type: 'SCALE', value: scale } };

  const exported: { bounds: Rect; bytes: Uint8Array }[] = [];
  for (const mark of marks) {
    const bounds = 'absoluteRenderBounds' in mark ? mark.absoluteRenderBounds : null;
    if (bounds === null || !('exportAsync' in mark)) continue; // draws nothing
    exported.push({ bounds, bytes: await mark.exportAsync(settings) });
  }

  own.record(marks.map((mark) => mark.id));
  const hidden: SceneNode[] = [];
  let art: { bounds: Rect | null; bytes: Uint8Array };
  try {
    for (const mark of marks) {
      mark.visible = false;
      hidden.push(mark);
    }
    art = { bounds: 'absoluteRenderBounds' in node ? node.absoluteRenderBounds : null, bytes: await node.exportAsync(settings) };
  } finally {
    for (const mark of hidden) if (!mark.removed) mark.visible = true;
  }
  const origin = art.bounds;
  if (origin === null) throw new UserError(`“${name}” shows nothing once its colour marks are hidden: put the gray art under them.`);
  return {
    bytes: art.bytes,
    marks: exported.map(({ bounds, bytes }) => ({
      x: Math.round((bounds.x - origin.x) * scale),
      y: Math.round((bounds.y - origin.y) * scale),
      bytes,
    })),
  };
}
