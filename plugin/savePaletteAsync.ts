import { parseHex } from '../core/colour/parseHex';
import { getFigma } from './figmaHost';

export interface PaletteSaveOutcome {
  readonly created: number;
  readonly updated: number;
  readonly removed: number;
  readonly collectionName: string;
}

/** `Hueprint/‹style›/` — slashes in the style name would nest folders, so they become dashes. */
export function paintStylePrefix(styleName: string): string {
  return `Hueprint/${safeName(styleName)}/`;
}

export function variableCollectionName(styleName: string): string {
  return `Hueprint · ${safeName(styleName)}`;
}

/** `01`, `02`… — two digits so the styles sort in palette order. */
export function entryNumber(index: number): string {
  const n = String(index + 1);
  return n.length < 2 ? `0${n}` : n;
}

/**
 * Saves a palette as paint styles `Hueprint/‹style›/‹nn› ‹hex›` and as a COLOR
 * variable collection `Hueprint · ‹style›` (variables `colour ‹nn›`). Entries
 * are matched by style and number, so saving again updates them in place
 * (their ids, and every layer using them, stay) instead of duplicating;
 * entries beyond a shorter new palette are removed.
 */
export async function savePaletteAsync(styleName: string, colors: readonly string[]): Promise<PaletteSaveOutcome> {
  const figma = getFigma();
  const prefix = paintStylePrefix(styleName);
  let created = 0;
  let updated = 0;
  let removed = 0;

  const existingStyles = new Map<string, PaintStyle>();
  for (const style of await figma.getLocalPaintStylesAsync()) {
    if (!style.name.startsWith(prefix)) continue;
    const number = style.name.slice(prefix.length).split(' ')[0];
    if (!existingStyles.has(number)) existingStyles.set(number, style);
  }
  colors.forEach((hex, i) => {
    const number = entryNumber(i);
    let style = existingStyles.get(number);
    existingStyles.delete(number);
    if (style === undefined) {
      style = figma.createPaintStyle();
      created++;
    } else {
      updated++;
    }
    style.name = `${prefix}${number} ${hex.toLowerCase()}`;
    style.paints = [{ type: 'SOLID', color: hexToRgb(hex) }];
  });
  existingStyles.forEach((style) => {
    style.remove();
    removed++;
  });

  const collectionName = variableCollectionName(styleName);
  const collections = await figma.variables.getLocalVariableCollectionsAsync();
  const collection = collections.find((c) => c.name === collectionName) ?? figma.variables.createVariableCollection(collectionName);
  const existingVariables = new Map<string, Variable>();
  for (const variable of await figma.variables.getLocalVariablesAsync('COLOR')) {
    if (variable.variableCollectionId === collection.id) existingVariables.set(variable.name, variable);
  }
  colors.forEach((hex, i) => {
    const name = `colour ${entryNumber(i)}`;
    let variable = existingVariables.get(name);
    existingVariables.delete(name);
    if (variable === undefined) variable = figma.variables.createVariable(name, collection, 'COLOR');
    const value = hexToRgb(hex);
    for (const mode of collection.modes) variable.setValueForMode(mode.modeId, value);
  });
  existingVariables.forEach((variable, name) => {
    if (/^colour \d+$/.test(name)) variable.remove(); // leave variables a designer added by hand
  });

  // Its own undo step: undoing a later colorize must not also remove the palette.
  figma.commitUndo();
  return { created, updated, removed, collectionName };
}

function hexToRgb(hex: string): RGB {
  const [r, g, b] = parseHex(hex);
  return { r: r / 255, g: g / 255, b: b / 255 };
}

function safeName(name: string): string {
  return name.trim().replace(/\//g, '-');
}
