import { getFigma } from '../figmaHost';
import { entryNumber, variableCollectionName } from '../savePaletteAsync';

/**
 * The style's palette as saved by SAVE_PALETTE: variable `colour ‹nn›` of
 * collection `Hueprint · ‹style›` for every entry, in palette order. Null
 * when the collection or an entry is missing, or an entry's value is not
 * that palette colour any more (the palette changed since it was saved):
 * binding to it would then paint another colour.
 */
export async function findPaletteVariablesAsync(styleName: string, palette: readonly string[]): Promise<Variable[] | null> {
  const figma = getFigma();
  const collection = (await figma.variables.getLocalVariableCollectionsAsync()).find((c) => c.name === variableCollectionName(styleName));
  if (collection === undefined) return null;
  const byName = new Map<string, Variable>();
  for (const variable of await figma.variables.getLocalVariablesAsync('COLOR')) {
    if (variable.variableCollectionId === collection.id) byName.set(variable.name, variable);
  }
  const found: Variable[] = [];
  for (let i = 0; i < palette.length; i++) {
    const variable = byName.get(`colour ${entryNumber(i)}`);
    const value = variable?.valuesByMode[collection.defaultModeId] as RGB | undefined;
    if (variable === undefined || value === undefined || typeof value !== 'object' || hexOf(value) !== palette[i].toLowerCase()) return null;
    found.push(variable);
  }
  return found;
}

function hexOf({ r, g, b }: RGB): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
