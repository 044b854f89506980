import type { ShapeColourChoice } from '../../core/protocol/messages';
import { UserError } from '../UserError';
import type { ShapeSlot } from './collectShapes';

/**
 * Pairs the UI's colour choices with the shapes as they are now. Choices for
 * shapes that are gone, hidden, locked or now in colour (the document changed
 * since the read) are not applied and counted; hints are never recoloured.
 */
export function matchChoices(
  slots: readonly ShapeSlot[],
  choices: readonly ShapeColourChoice[],
  paletteSize: number,
): { matched: { slot: ShapeSlot; paletteIndex: number; colour?: string }[]; unmatched: number } {
  const byKey = new Map(slots.map((slot) => [`${slot.node.id}:${slot.part}`, slot]));
  const matched: { slot: ShapeSlot; paletteIndex: number; colour?: string }[] = [];
  let unmatched = 0;
  for (const choice of choices) {
    if (choice.paletteIndex >= paletteSize) throw new UserError(`Colour ${choice.paletteIndex + 1} is not in the palette of ${paletteSize} colours.`);
    const slot = byKey.get(`${choice.nodeId}:${choice.part}`);
    if (slot === undefined || slot.hint !== null) unmatched++;
    else matched.push({ slot, paletteIndex: choice.paletteIndex, ...(choice.colour ? { colour: choice.colour } : {}) });
  }
  return { matched, unmatched };
}
