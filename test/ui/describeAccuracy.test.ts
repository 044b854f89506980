import { describe, expect, it } from 'vitest';
import { describeAccuracy } from '../../ui/lib/describeAccuracy';

describe('describeAccuracy', () => {
  it('compares with the simplest way in plain words, and says what to do next', () => {
    expect(describeAccuracy(0.8, 0.7, 3)).toMatch(/80% of pixels.*more than colouring each gray by its usual colour \(70%\)/);
    expect(describeAccuracy(0.68, 0.68, 3)).toMatch(/about the same as.*\(68%\)\. More varied art or Thorough may help/);
    expect(describeAccuracy(0.5, 0.7, 3)).toMatch(/fewer than.*\(70%\).*Try Thorough/);
    expect(describeAccuracy(Number.NaN, 0.7, 0)).toMatch(/^Not measured/);
  });

  it("sends the original study's model to the recommended one instead of suggesting Thorough", () => {
    const sentence = describeAccuracy(0.3, 0.63, 3, { studyModel: true });
    expect(sentence).toMatch(/30% of pixels/);
    expect(sentence).toMatch(/train with the recommended model/);
    expect(sentence).not.toMatch(/Thorough/);
  });
});
