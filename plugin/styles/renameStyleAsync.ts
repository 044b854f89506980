import { UserError } from '../UserError';
import { readIndexAsync, writeIndexAsync } from './clientStyles';
import { renameDocumentStyle } from './documentStyles';

/** Renames a style wherever it is stored (clientStorage, document, or both). */
export async function renameStyleAsync(id: string, name: string): Promise<void> {
  const index = await readIndexAsync();
  const own = index.some((style) => style.id === id);
  if (own) await writeIndexAsync(index.map((style) => (style.id === id ? { ...style, name } : style)));
  const inDocument = renameDocumentStyle(id, name);
  if (!own && !inDocument) throw new UserError('This style is no longer saved. Refresh the list of styles.');
}
