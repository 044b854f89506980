import type { StyleSummary } from '../../core/protocol/messages';
import { readIndexAsync } from './clientStyles';
import { readDocumentStyles } from './documentStyles';
import { bytesUsedBy, QUOTA_BYTES } from './storedStyle';

export interface StyleList {
  readonly styles: StyleSummary[];
  readonly bytesUsed: number;
  readonly quotaBytes: number;
}

/**
 * The designer's saved styles (clientStorage) plus the ones stored in this
 * document that they do not have yet (a teammate's), newest first.
 */
export async function listStylesAsync(): Promise<StyleList> {
  const index = await readIndexAsync();
  const inDocument = readDocumentStyles();
  const documentIds = new Set(inDocument.map((style) => style.id));
  const ownIds = new Set(index.map((style) => style.id));
  const styles: StyleSummary[] = [
    ...index.map((style) => ({ ...style, inDocument: documentIds.has(style.id) })),
    ...inDocument.filter((style) => !ownIds.has(style.id)).map((style) => ({ ...style, inDocument: true })),
  ];
  styles.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return { styles, bytesUsed: bytesUsedBy(index), quotaBytes: QUOTA_BYTES };
}
