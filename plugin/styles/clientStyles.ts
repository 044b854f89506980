import * as v from 'valibot';
import { getFigma } from '../figmaHost';
import { INDEX_KEY, StoredStyleSchema, type StoredStyle } from './storedStyle';

/** The style index in clientStorage. Entries that do not parse (an older or damaged index) are dropped and logged, never thrown. */
export async function readIndexAsync(): Promise<StoredStyle[]> {
  const raw: unknown = await getFigma().clientStorage.getAsync(INDEX_KEY);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    console.error('Hueprint: ignoring a style index that is not an array');
    return [];
  }
  const index: StoredStyle[] = [];
  for (const entry of raw) {
    const parsed = v.safeParse(StoredStyleSchema, entry);
    if (parsed.success) index.push(parsed.output);
    else console.error('Hueprint: ignoring a damaged style index entry', parsed.issues[0]?.message);
  }
  return index;
}

export async function writeIndexAsync(index: readonly StoredStyle[]): Promise<void> {
  await getFigma().clientStorage.setAsync(INDEX_KEY, index);
}
