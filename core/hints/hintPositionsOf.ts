/** The row-major positions of the hint pixels (index ≥ 0) of a hint index map, in raster order (see HintMap.positions). */
export function hintPositionsOf(index: Int32Array): Int32Array {
  const positions: number[] = [];
  for (let i = 0; i < index.length; i++) if (index[i] >= 0) positions.push(i);
  return Int32Array.from(positions);
}
