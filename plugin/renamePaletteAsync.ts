import { getFigma } from './figmaHost';
import { paintStylePrefix, variableCollectionName } from './savePaletteAsync';

export interface PaletteRenameOutcome {
  /** Paint styles moved to the new name's folder. */
  readonly paintStyles: number;
  /** Whether the colour variable collection was renamed. */
  readonly variables: boolean;
  /** The palette was left under its old name because the new name's already exists (it belongs to another style). */
  readonly clash: boolean;
}

/**
 * Renames a style's saved palette with the style: the paint styles
 * `Hueprint/‹old›/…` become `Hueprint/‹new›/…` and the collection
 * `Hueprint · ‹old›` becomes `Hueprint · ‹new›`. They are renamed, not
 * recreated, so every layer bound to them stays bound. When the new name's
 * palette already exists (another style has that name) nothing is renamed:
 * merging two palettes would rebind another style's layers.
 */
export async function renamePaletteAsync(oldName: string, newName: string): Promise<PaletteRenameOutcome> {
  const figma = getFigma();
  const from = paintStylePrefix(oldName);
  const to = paintStylePrefix(newName);
  if (from === to) return { paintStyles: 0, variables: false, clash: false };
  const paintStyles = await figma.getLocalPaintStylesAsync();
  const collections = await figma.variables.getLocalVariableCollectionsAsync();
  const collection = collections.find((c) => c.name === variableCollectionName(oldName));
  const clash = paintStyles.some((s) => s.name.startsWith(to)) || collections.some((c) => c.name === variableCollectionName(newName));
  if (clash) return { paintStyles: 0, variables: false, clash: true };
  let moved = 0;
  for (const style of paintStyles) {
    if (!style.name.startsWith(from)) continue;
    style.name = to + style.name.slice(from.length);
    moved++;
  }
  if (collection !== undefined) collection.name = variableCollectionName(newName);
  if (moved > 0 || collection !== undefined) figma.commitUndo();
  return { paintStyles: moved, variables: collection !== undefined, clash: false };
}
