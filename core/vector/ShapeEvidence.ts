/**
 * The model's evidence pooled over each shape's pixels: per shape and palette
 * colour, the sum of log-probabilities and the sum of probabilities, and per
 * shape its pixel count and summed gray (0–255).
 */
export interface ShapeEvidence {
  readonly count: number;
  readonly k: number;
  /** count × K: Σ over the shape's pixels of log P(colour). */
  readonly logSum: Float64Array;
  /** count × K: Σ over the shape's pixels of P(colour). */
  readonly probabilitySum: Float64Array;
  readonly pixels: Int32Array;
  readonly graySum: Float64Array;
}

export function createShapeEvidence(count: number, k: number): ShapeEvidence {
  return {
    count,
    k,
    logSum: new Float64Array(count * k),
    probabilitySum: new Float64Array(count * k),
    pixels: new Int32Array(count),
    graySum: new Float64Array(count),
  };
}
