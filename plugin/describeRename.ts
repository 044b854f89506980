import type { PaletteRenameOutcome } from './renamePaletteAsync';

/** The sentence after a rename: what was renamed with the style, or why its palette kept the old name. */
export function describeRename(name: string, palette: PaletteRenameOutcome): string {
  if (palette.clash) {
    return `Renamed to “${name}”. Its saved palette keeps the old name, because a palette named “${name}” already exists in this file.`;
  }
  const parts: string[] = [];
  if (palette.paintStyles > 0) parts.push(`its ${palette.paintStyles} paint styles`);
  if (palette.variables) parts.push('its colour variables');
  return parts.length === 0 ? `Renamed to “${name}”.` : `Renamed to “${name}”, with ${parts.join(' and ')}.`;
}
