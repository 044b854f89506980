import { getFigma } from '../figmaHost';
import { UserError } from '../UserError';
import { readDocumentStyleBytes } from './documentStyles';
import { styleKey } from './storedStyle';
import { errorMessage } from '../../core/errorMessage';

/** A style's bytes: the designer's own copy first, else the document's. */
export async function loadStyleAsync(id: string): Promise<Uint8Array> {
  const stored: unknown = await getFigma().clientStorage.getAsync(styleKey(id));
  if (Object.prototype.toString.call(stored) === '[object Uint8Array]') return stored as Uint8Array;
  let fromDocument: Uint8Array | null;
  try {
    fromDocument = readDocumentStyleBytes(id);
  } catch (error) {
    throw new UserError(`This style cannot be loaded: ${errorMessage(error)}.`);
  }
  if (fromDocument === null) throw new UserError('This style is no longer saved. Refresh the list of styles.');
  return fromDocument;
}
