/**
 * The one sentence a designer reads after training, in plain words: how
 * often the style picks the right colour on art it never saw, against the
 * simplest alternative (each gray shade gets the colour it most often has).
 * Accuracies are fractions; NaN = not measured.
 */
export function describeAccuracy(testAccuracy: number, lookupTestAccuracy: number, testImages: number, options: { studyModel?: boolean } = {}): string {
  if (testImages === 0 || !Number.isFinite(testAccuracy)) {
    return 'Not measured: no art was held out to test on. Select 4 or more images to see how well the style does on art it has not seen.';
  }
  const model = Math.round(testAccuracy * 100);
  const base = `${model}% of pixels got the right colour on art held out to test it`;
  if (!Number.isFinite(lookupTestAccuracy)) return `${base}.`;
  const lookup = Math.round(lookupTestAccuracy * 100);
  const simple = 'colouring each gray by its usual colour';
  if (model > lookup + 1) return `${base}, more than ${simple} (${lookup}%): it learnt from shapes too.`;
  // The original study's model is there to compare with, not to be tuned: the way forward is the recommended model.
  if (options.studyModel) return `${base}; ${simple} gets ${lookup}%. For your own style, train with the recommended model.`;
  if (model >= lookup - 1) return `${base}, about the same as ${simple} (${lookup}%). More varied art or Thorough may help.`;
  return `${base}, fewer than ${simple} (${lookup}%): it has not learnt enough yet. Try Thorough or select more art.`;
}
