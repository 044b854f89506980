import { renamePaletteAsync, type PaletteRenameOutcome } from '../renamePaletteAsync';
import { UserError } from '../UserError';
import { readIndexAsync, writeIndexAsync } from './clientStyles';
import { readDocumentStyles, renameDocumentStyle } from './documentStyles';

/**
 * Renames a style wherever it is stored (clientStorage, document, or both),
 * and its saved palette (paint styles and colour variables) with it, so the
 * palette a designer finds in Figma keeps the style's name.
 */
export async function renameStyleAsync(id: string, name: string): Promise<PaletteRenameOutcome> {
  const index = await readIndexAsync();
  const own = index.find((style) => style.id === id);
  const oldName = own?.name ?? readDocumentStyles().find((style) => style.id === id)?.name;
  if (own) await writeIndexAsync(index.map((style) => (style.id === id ? { ...style, name } : style)));
  const inDocument = renameDocumentStyle(id, name);
  if (!own && !inDocument) throw new UserError('This style is no longer saved. Refresh the list of styles.');
  return renamePaletteAsync(oldName ?? name, name);
}
