import type { ShapeColouring } from '../jobs/colourShapesAsync';

/**
 * The vector preview's caption: how many shapes get palette colours, and which
 * stay as they are ("kept as they are", the words the written report uses too).
 */
export function describeShapeColouring(colouring: Pick<ShapeColouring, 'choices' | 'hints' | 'hidden'>): string {
  const kept = [colouring.hints > 0 ? `${colouring.hints} in colour` : '', colouring.hidden > 0 ? `${colouring.hidden} out of sight` : ''].filter(Boolean);
  const total = colouring.hints + colouring.hidden;
  const count = colouring.choices.length;
  // After a run the drawing is all colour: "0 shapes recoloured" beside the report's "Recoloured 16 shapes" read as a run that did nothing.
  if (count === 0) return `Nothing to recolour: ${colouring.hints > 0 ? 'every shape in sight is in colour' : 'no shape is in sight'}.`;
  const recoloured = `${count} shape${count === 1 ? '' : 's'} recoloured`;
  return kept.length === 0 ? `${recoloured}.` : `${recoloured}; ${kept.join(' and ')} kept as ${total === 1 ? 'it is' : 'they are'}.`;
}
