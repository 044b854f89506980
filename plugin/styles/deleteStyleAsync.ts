import { getFigma } from '../figmaHost';
import { UserError } from '../UserError';
import { readIndexAsync, writeIndexAsync } from './clientStyles';
import { removeDocumentStyle } from './documentStyles';
import { styleKey } from './storedStyle';

/**
 * Deletes a style from clientStorage and from this document; returns its name. The index is
 * written first, so an interrupted delete leaves unlisted bytes, never a
 * listed style without bytes.
 */
export async function deleteStyleAsync(id: string): Promise<string> {
  const index = await readIndexAsync();
  const own = index.find((style) => style.id === id);
  if (own !== undefined) {
    await writeIndexAsync(index.filter((style) => style.id !== id));
    await getFigma().clientStorage.deleteAsync(styleKey(id));
  }
  const documentName = removeDocumentStyle(id);
  const name = own?.name ?? documentName;
  if (name === null) throw new UserError('This style is no longer saved. Refresh the list of styles.');
  return name;
}
