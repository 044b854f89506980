import type { UiMessage } from '../../core/protocol/messages';
import { steeredByText } from '../../core/protocol/steeredByText';
import { displayName } from '../displayName';
import { getFigma } from '../figmaHost';
import { UserError } from '../UserError';
import { findPaletteVariablesAsync } from './findPaletteVariablesAsync';
import { findVectorArtAsync } from './findVectorArtAsync';
import { matchChoices } from './matchChoices';
import { recolourShapes } from './recolourShapes';
import { paintsFingerprint } from '../paintsFingerprint';
import type { WrittenChange } from '../WrittenResults';

/**
 * Answers WRITE_SHAPES: recolours the art's shapes in place (same layers,
 * names, geometry, effects, opacity and blend modes; only colours change),
 * binding flat colours to the palette's variables when asked, as ONE undo
 * step. Returns the message for the designer, and what changed (to tell
 * later whether an undo took it back).
 */
export async function writeShapesAsync(request: Extract<UiMessage, { type: 'WRITE_SHAPES' }>): Promise<{ text: string; changes: readonly WrittenChange[] }> {
  const { node, shapes } = await findVectorArtAsync(request.nodeId);
  const name = displayName(node.name);
  let variables: Variable[] | null = null;
  if (request.bind && request.mode === 'flat') {
    variables = await findPaletteVariablesAsync(request.styleName, request.palette);
    if (variables === null) {
      throw new UserError(
        `The palette of “${request.styleName}” is not saved as variables (or changed since). Save the palette first, or colorize without binding. Nothing was changed.`,
      );
    }
  }
  const { matched } = matchChoices(shapes.slots, request.colours, request.palette.length);
  const before = matched.map(({ slot }) => paintsFingerprint(slot.node, slot.part));
  const bound = recolourShapes(
    matched.map(({ slot, paletteIndex, colour }) => ({ node: slot.node, slot, paletteIndex, colour })),
    request.palette,
    request.mode,
    variables,
  );
  getFigma().commitUndo();
  const changes = matched.map(
    ({ slot }, i): WrittenChange => ({
      kind: 'paints',
      nodeId: slot.node.id,
      part: slot.part,
      before: before[i],
      after: paintsFingerprint(slot.node, slot.part),
    }),
  );
  const parts = [`Recoloured ${matched.length} shape${matched.length === 1 ? '' : 's'} of “${name}” with ${request.styleName}`];
  if (bound > 0) parts.push(`bound to its colour variables`);
  // A hint's twin (the other eye of a coloured one) is written in the designer's exact colour, never bound: say so, or the
  // sentence above claims every shape is bound and the designer is not told why the other eye changed.
  const twins = matched.filter(({ colour }) => colour !== undefined).length;
  const twinNote =
    twins === 0
      ? ''
      : `; ${twins} of them in the exact colour you gave the matching shape beside ${twins === 1 ? 'it' : 'each'} (the other eye of a coloured one)${bound > 0 ? ', unbound' : ''}`;
  // Shapes in colour are hints: kept, and they led the colours written; said in the preview caption's words.
  const written = new Set(matched.map(({ slot }) => slot));
  const hints = shapes.slots.filter((slot) => slot.hint !== null && !written.has(slot)).length;
  let text = `${parts.join(', ')}${twinNote}.`;
  if (hints > 0 && matched.length > 0) text += ` ${matched.length === 1 ? 'It was' : 'They were'} ${steeredByText(hints)}.`;
  // Shapes no pixel of which shows, and shapes that changed since they were read (hints without shapes to steer too).
  const kept = shapes.slots.length - matched.length - (matched.length > 0 ? hints : 0);
  if (kept > 0) text += ` ${kept} other shape${kept === 1 ? '' : 's'} kept as ${kept === 1 ? 'it is' : 'they are'}.`;
  return { text: `${text} Undo restores every original colour.`, changes };
}
