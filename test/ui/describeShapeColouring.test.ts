import { describe, expect, it } from 'vitest';
import { describeShapeColouring } from '../../ui/lib/describeShapeColouring';

const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ nodeId: `1:${i}`, part: 'fill' as const, paletteIndex: 0 }));

describe('the vector preview caption', () => {
  it('counts the shapes recoloured', () => {
    expect(describeShapeColouring({ choices: choices(15), hints: 0, hidden: 0 })).toBe('15 shapes recoloured.');
    expect(describeShapeColouring({ choices: choices(1), hints: 0, hidden: 0 })).toBe('1 shape recoloured.');
  });

  it('says the shapes in colour steer the rest as hints, and which stay as they are in the report’s phrase', () => {
    expect(describeShapeColouring({ choices: choices(15), hints: 0, hidden: 7 })).toBe('15 shapes recoloured; 7 out of sight kept as they are.');
    expect(describeShapeColouring({ choices: choices(15), hints: 1, hidden: 0 })).toBe('15 shapes recoloured, steered by 1 in colour (a hint, kept as it is).');
    expect(describeShapeColouring({ choices: choices(9), hints: 2, hidden: 3 })).toBe(
      '9 shapes recoloured, steered by 2 in colour (hints, kept as they are); 3 out of sight kept as they are.',
    );
  });

  it('says there is nothing to recolour, not "0 shapes recoloured", once every shape in sight is in colour (as after a run)', () => {
    expect(describeShapeColouring({ choices: [], hints: 16, hidden: 6 })).toBe('Nothing to recolour: every shape in sight is in colour.');
    expect(describeShapeColouring({ choices: [], hints: 0, hidden: 4 })).toBe('Nothing to recolour: no shape is in sight.');
  });
});
