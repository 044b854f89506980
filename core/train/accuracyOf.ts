import type { Example } from '../dataset/Example';

/** Fraction of labelled pixels predicted right. */
export function accuracyOf(examples: readonly Example[], predict: (e: Example) => Int32Array): number {
  let correct = 0;
  let counted = 0;
  for (const e of examples) {
    const predicted = predict(e);
    const labels = e.labels.data;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] >= 0) {
        counted++;
        if (predicted[i] === labels[i]) correct++;
      }
    }
  }
  return counted > 0 ? correct / counted : NaN;
}
