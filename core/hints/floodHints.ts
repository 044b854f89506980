import type { HintSources } from '../inputs/HintSources';

/**
 * A hint does at least what the designer's paint bucket does: each hint's
 * colour covers its connected same-gray region (HintSources.fill, see
 * propagateHints) exactly, whatever the model decided there. The model
 * decides everything else, with the hints and their floods as inputs (both
 * eyes, other parts of the same gray, regions across an outline). Sets the
 * flooded pixels of `decided` (palette indices per pixel) in place.
 */
export function floodHints(decided: Int32Array, hints: HintSources): void {
  const { fill } = hints;
  if (fill.length !== decided.length) throw new RangeError(`floodHints: ${fill.length} hint pixels for ${decided.length} decisions.`);
  for (let i = 0; i < decided.length; i++) if (fill[i] >= 0) decided[i] = fill[i];
}
