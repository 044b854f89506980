import type { HintSources } from '../inputs/HintSources';

/**
 * Training labels with the pixels a hint floods (HintSources.fill) left out
 * (-1, which the loss skips): colorizing gives those pixels the hint's colour
 * whatever the network says (see floodHints), so the loss spends itself on
 * the pixels nobody hinted, the ones the network must infer from context and
 * from the hints around them.
 */
export function labelsOutsideFloods(labels: Int32Array, hints: HintSources): Int32Array {
  const { fill } = hints;
  if (fill.length !== labels.length) throw new RangeError(`labelsOutsideFloods: ${fill.length} hint pixels for ${labels.length} labels.`);
  const out = Int32Array.from(labels);
  for (let i = 0; i < out.length; i++) if (fill[i] >= 0) out[i] = -1;
  return out;
}
