import * as v from 'valibot';
import { StyleSummarySchema } from '../../core/protocol/schemas';
import type { StyleSummary } from '../../core/protocol/messages';

export { CLIENT_STORAGE_QUOTA_BYTES as QUOTA_BYTES } from '../../core/protocol/limits';
/** clientStorage key of the style index (an array of StoredStyle). */
export const INDEX_KEY = 'hueprint.styles';
/** clientStorage key of one style's bytes. */
export const styleKey = (id: string): string => `hueprint.style.${id}`;

/** What the index remembers of a style; `inDocument` is worked out from the document when listing. */
export type StoredStyle = Omit<StyleSummary, 'inDocument'>;

export const StoredStyleSchema = v.object({ ...v.omit(StyleSummarySchema, ['inDocument']).entries });

/**
 * Size of a stored value as Hueprint accounts for it against the quota: bytes
 * count as themselves, anything else as its JSON text, plus the key.
 */
export function storedSize(key: string, value: Uint8Array | unknown): number {
  const body = Object.prototype.toString.call(value) === '[object Uint8Array]' ? (value as Uint8Array).length : JSON.stringify(value).length;
  return key.length + body;
}

/** Bytes Hueprint's keys take in clientStorage, from the index alone (no need to read every style). */
export function bytesUsedBy(index: readonly StoredStyle[]): number {
  let total = index.length === 0 ? 0 : storedSize(INDEX_KEY, index);
  for (const style of index) total += styleKey(style.id).length + style.bytes;
  return total;
}

/** "1.2" — megabytes with one decimal, as the quota messages show them. */
export function formatMegabytes(bytes: number): string {
  return (Math.max(0, bytes) / (1024 * 1024)).toFixed(1);
}

/** A new style id; no crypto in the sandbox, and uniqueness within one user's storage is all that matters. */
export function newStyleId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
