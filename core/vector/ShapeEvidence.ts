/** What a shape's pooled evidence sums: per-pixel probabilities or log-probabilities (see chooseShapeColours). */
export type EvidenceKind = 'probability' | 'log-probability';

/**
 * The model's evidence pooled over each shape's pixels: per shape and palette
 * colour, the sum over its pixels of P(colour) or of log P(colour); per shape
 * its pixel count and summed gray (0–255).
 */
export interface ShapeEvidence {
  readonly count: number;
  readonly k: number;
  readonly kind: EvidenceKind;
  /** count × K. */
  readonly sums: Float64Array;
  readonly pixels: Int32Array;
  readonly graySum: Float64Array;
}

export function createShapeEvidence(count: number, k: number, kind: EvidenceKind): ShapeEvidence {
  return { count, k, kind, sums: new Float64Array(count * k), pixels: new Int32Array(count), graySum: new Float64Array(count) };
}
