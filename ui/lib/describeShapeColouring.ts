import { steeredByText } from '../../core/protocol/steeredByText';
import type { ShapeColouring } from '../jobs/colourShapesAsync';

/**
 * The vector preview's caption: how many shapes get palette colours, what steers them (the shapes already in colour
 * are hints: kept, and their colours lead the rest; "kept" alone read as if they were ignored), and which stay as they
 * are ("kept as they are", the words the written report uses too).
 */
export function describeShapeColouring(colouring: Pick<ShapeColouring, 'choices' | 'hints' | 'hidden'>): string {
  const { hints, hidden } = colouring;
  const count = colouring.choices.length;
  // After a run the drawing is all colour: "0 shapes recoloured" beside the report's "Recoloured 16 shapes" read as a run that did nothing.
  if (count === 0) return `Nothing to recolour: ${hints > 0 ? 'every shape in sight is in colour' : 'no shape is in sight'}.`;
  const steered = hints > 0 ? `, ${steeredByText(hints)}` : '';
  const unseen = hidden > 0 ? `; ${hidden} out of sight kept as ${hidden === 1 ? 'it is' : 'they are'}` : '';
  return `${count} shape${count === 1 ? '' : 's'} recoloured${steered}${unseen}.`;
}
