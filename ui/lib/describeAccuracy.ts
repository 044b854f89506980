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
  const base = `On the art held out to test it, ${model}% of pixels got the right colour`;
  if (!Number.isFinite(lookupTestAccuracy)) return `${base}.`;
  const lookup = Math.round(lookupTestAccuracy * 100);
  const simple = `colouring each gray shade with its most usual colour gets ${lookup}%`;
  if (model > lookup + 1) return `${base}: better than the simplest way (${simple}), so it learnt from shapes and context too.`;
  // The original study's model is there to compare with, not to be tuned: the way forward is the recommended model.
  if (options.studyModel) return `${base}; ${simple}. The original study's model is here for comparison: train with the recommended model for your style.`;
  if (model >= lookup - 1)
    return `${base}, about as many as the simplest way (${simple}): on this art it mostly maps gray shades to colours. More varied art or Thorough may help.`;
  return `${base}, fewer than the simplest way (${simple}): it has not learnt enough yet. Try Thorough or select more art.`;
}
