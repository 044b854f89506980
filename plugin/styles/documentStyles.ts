import * as v from 'valibot';
import { getFigma } from '../figmaHost';
import { decodeBase64, encodeBase64 } from './base64';
import { StoredStyleSchema, type StoredStyle } from './storedStyle';

/**
 * Styles stored in the document itself (shared plugin data on the root), so
 * teammates who open the file get them. Shared plugin data takes strings of at
 * most 100 kB per entry, so a style is base64 text split into chunks plus one
 * JSON meta entry, written last so a half-written style is never listed.
 */
export const NAMESPACE = 'hueprint';
/** Characters per chunk: under 100 kB with room for the key. */
export const CHUNK_CHARS = 90_000;

const metaKey = (id: string): string => `style.${id}.meta`;
const chunkKey = (id: string, n: number): string => `style.${id}.${n}`;
const META_SUFFIX = '.meta';

const DocumentMetaSchema = v.object({
  ...StoredStyleSchema.entries,
  chunks: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;

/** Every style stored in the document, by its meta entry. */
export function readDocumentStyles(): StoredStyle[] {
  const root = getFigma().root;
  const styles: StoredStyle[] = [];
  for (const key of root.getSharedPluginDataKeys(NAMESPACE)) {
    if (!key.startsWith('style.') || !key.endsWith(META_SUFFIX)) continue;
    const meta = readMeta(key);
    if (meta !== null) styles.push(withoutChunks(meta));
  }
  return styles;
}

export function writeDocumentStyle(style: StoredStyle, bytes: Uint8Array): void {
  const root = getFigma().root;
  const text = encodeBase64(bytes);
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const previous = readMeta(metaKey(style.id));
  for (let n = 0; n < chunks; n++) {
    root.setSharedPluginData(NAMESPACE, chunkKey(style.id, n), text.slice(n * CHUNK_CHARS, (n + 1) * CHUNK_CHARS));
  }
  const meta: DocumentMeta = { ...style, palette: style.palette.slice(), chunks };
  root.setSharedPluginData(NAMESPACE, metaKey(style.id), JSON.stringify(meta));
  if (previous !== null) {
    for (let n = chunks; n < previous.chunks; n++) root.setSharedPluginData(NAMESPACE, chunkKey(style.id, n), '');
  }
}

/** The style's bytes from the document, or null when it is not there; throws when it is there but damaged. */
export function readDocumentStyleBytes(id: string): Uint8Array | null {
  const meta = readMeta(metaKey(id));
  if (meta === null) return null;
  const root = getFigma().root;
  const parts: string[] = [];
  for (let n = 0; n < meta.chunks; n++) parts.push(root.getSharedPluginData(NAMESPACE, chunkKey(id, n)));
  const bytes = decodeBase64(parts.join(''));
  if (bytes.length !== meta.bytes) {
    throw new Error(`the document's copy of “${meta.name}” is incomplete (${bytes.length} of ${meta.bytes} bytes)`);
  }
  return bytes;
}

export function hasDocumentStyle(id: string): boolean {
  return readMeta(metaKey(id)) !== null;
}

export function renameDocumentStyle(id: string, name: string): boolean {
  const meta = readMeta(metaKey(id));
  if (meta === null) return false;
  getFigma().root.setSharedPluginData(NAMESPACE, metaKey(id), JSON.stringify({ ...meta, name }));
  return true;
}

/** Removes the style from the document (setting shared plugin data to '' deletes the entry); its name, or null when it was not there. */
export function removeDocumentStyle(id: string): string | null {
  const meta = readMeta(metaKey(id));
  if (meta === null) return null;
  const root = getFigma().root;
  root.setSharedPluginData(NAMESPACE, metaKey(id), '');
  for (let n = 0; n < meta.chunks; n++) root.setSharedPluginData(NAMESPACE, chunkKey(id, n), '');
  return meta.name;
}

function readMeta(key: string): DocumentMeta | null {
  const text = getFigma().root.getSharedPluginData(NAMESPACE, key);
  if (text === '') return null;
  try {
    const parsed = v.safeParse(DocumentMetaSchema, JSON.parse(text));
    if (parsed.success) return parsed.output;
  } catch {
    // fall through: a damaged entry is ignored, not fatal
  }
  console.error(`Hueprint: ignoring damaged document style entry ${key}`);
  return null;
}

function withoutChunks(meta: DocumentMeta): StoredStyle {
  const { chunks: _chunks, ...style } = meta;
  return style;
}
