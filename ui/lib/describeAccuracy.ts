/** The one sentence a designer reads after training. Accuracies are fractions; NaN = not measured. */
export function describeAccuracy(testAccuracy: number, lookupTestAccuracy: number, testImages: number): string {
  if (testImages === 0 || !Number.isFinite(testAccuracy)) {
    return 'Accuracy not measured: no art was held out. Select 4 or more images to see how well the style generalises.';
  }
  const model = Math.round(testAccuracy * 100);
  const lookup = Math.round(lookupTestAccuracy * 100);
  const base = `Gets ${model}% of pixels right on art it never saw`;
  if (!Number.isFinite(lookupTestAccuracy)) return `${base}.`;
  const comparison = `${base} — a plain gray→colour lookup gets ${lookup}%`;
  if (model < lookup) return `${comparison}. It has not learnt enough yet: train more epochs or select more art.`;
  return `${comparison}.`;
}
