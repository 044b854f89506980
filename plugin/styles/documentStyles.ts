import * as v from 'valibot';
import { getFigma } from '../figmaHost';
import { decodeBase64, encodeBase64 } from './base64';
import { QUOTA_BYTES, StoredStyleSchema, type StoredStyle } from './storedStyle';

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
const META_PREFIX = 'style.';
const META_SUFFIX = '.meta';

/**
 * The most bytes a document copy may claim: the sandbox stores only what fits
 * clientStorage's quota (see saveStyleAsync), so nothing larger was written
 * by Hueprint, and the chunk count follows from the size. Both are bounded
 * before any loop runs on them: a meta claiming 2^53 chunks once made load
 * and delete loop for ever.
 */
export const MAX_DOCUMENT_STYLE_BYTES = QUOTA_BYTES;
/** Base64 chunks a style of `bytes` bytes takes. */
export function chunksFor(bytes: number): number {
  return Math.max(1, Math.ceil((Math.ceil(bytes / 3) * 4) / CHUNK_CHARS));
}
export const MAX_DOCUMENT_CHUNKS = chunksFor(MAX_DOCUMENT_STYLE_BYTES);

const DocumentMetaSchema = v.pipe(
  v.object({
    ...StoredStyleSchema.entries,
    bytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DOCUMENT_STYLE_BYTES)),
    chunks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DOCUMENT_CHUNKS)),
  }),
  v.check((meta) => meta.chunks === chunksFor(meta.bytes), 'the chunk count does not match the size'),
);
type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;

/** A document entry that is there but does not parse: listed under this name, so it can still be deleted. */
export const DAMAGED_STYLE_NAME = 'Damaged style (cannot be loaded; delete it)';
/** Ids Hueprint makes fit the protocol's id (1–200 characters); a key with any other id is not ours to list. */
const MAX_ID = 200;

/**
 * Every style stored in the document, by its meta entry; a damaged entry is
 * listed as DAMAGED_STYLE_NAME (with what of it still reads), so the
 * designer can see it and delete it.
 */
export function readDocumentStyles(): StoredStyle[] {
  const root = getFigma().root;
  const styles: StoredStyle[] = [];
  for (const key of root.getSharedPluginDataKeys(NAMESPACE)) {
    if (!key.startsWith(META_PREFIX) || !key.endsWith(META_SUFFIX)) continue;
    const id = key.slice(META_PREFIX.length, -META_SUFFIX.length);
    if (id.length < 1 || id.length > MAX_ID) continue;
    const meta = readMeta(key);
    if (meta === 'absent') continue;
    styles.push(meta === 'damaged' ? damagedEntry(id) : withoutChunks(meta));
  }
  return styles;
}

export function writeDocumentStyle(style: StoredStyle, bytes: Uint8Array): void {
  const root = getFigma().root;
  const text = encodeBase64(bytes);
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  for (let n = 0; n < chunks; n++) {
    root.setSharedPluginData(NAMESPACE, chunkKey(style.id, n), text.slice(n * CHUNK_CHARS, (n + 1) * CHUNK_CHARS));
  }
  const meta: DocumentMeta = { ...style, palette: style.palette.slice(), chunks };
  root.setSharedPluginData(NAMESPACE, metaKey(style.id), JSON.stringify(meta));
  // Chunks of a longer earlier copy, found among the keys that exist rather than counted from its meta.
  for (const [key, n] of chunkKeysOf(style.id)) if (n >= chunks) root.setSharedPluginData(NAMESPACE, key, '');
}

/** The style's bytes from the document, or null when it is not there; throws when it is there but damaged. */
export function readDocumentStyleBytes(id: string): Uint8Array | null {
  const meta = readMeta(metaKey(id));
  if (meta === 'absent') return null;
  if (meta === 'damaged') throw new Error("the document's copy is damaged; delete it, and save it again from a file that has it");
  const root = getFigma().root;
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; n < meta.chunks; n++) {
    const part = root.getSharedPluginData(NAMESPACE, chunkKey(id, n));
    length += part.length;
    if (part.length > CHUNK_CHARS || length > meta.chunks * CHUNK_CHARS) break;
    parts.push(part);
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(parts.join(''));
  } catch {
    bytes = new Uint8Array(0);
  }
  if (bytes.length !== meta.bytes) {
    throw new Error(`the document's copy of “${meta.name}” is incomplete (${bytes.length} of ${meta.bytes} bytes)`);
  }
  return bytes;
}

export function renameDocumentStyle(id: string, name: string): boolean {
  const meta = readMeta(metaKey(id));
  if (meta === 'absent') return false;
  if (meta === 'damaged') return true; // nothing to rename in a damaged entry; it stays listed as damaged
  getFigma().root.setSharedPluginData(NAMESPACE, metaKey(id), JSON.stringify({ ...meta, name }));
  return true;
}

/**
 * Removes the style from the document (setting shared plugin data to ''
 * deletes the entry), damaged or not: the chunks removed are the keys that
 * exist, never a count read from the meta. Its name, or null when it was not there.
 */
export function removeDocumentStyle(id: string): string | null {
  const meta = readMeta(metaKey(id));
  if (meta === 'absent') return null;
  const root = getFigma().root;
  root.setSharedPluginData(NAMESPACE, metaKey(id), '');
  for (const [key] of chunkKeysOf(id)) root.setSharedPluginData(NAMESPACE, key, '');
  return meta === 'damaged' ? DAMAGED_STYLE_NAME : meta.name;
}

/** The chunk entries of a style that exist in the document, with their numbers. */
function chunkKeysOf(id: string): [string, number][] {
  const prefix = `${META_PREFIX}${id}.`;
  const found: [string, number][] = [];
  for (const key of getFigma().root.getSharedPluginDataKeys(NAMESPACE)) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (/^\d{1,9}$/.test(rest)) found.push([key, Number(rest)]);
  }
  return found;
}

function readMeta(key: string): DocumentMeta | 'absent' | 'damaged' {
  const text = getFigma().root.getSharedPluginData(NAMESPACE, key);
  if (text === '') return 'absent';
  try {
    const parsed = v.safeParse(DocumentMetaSchema, JSON.parse(text));
    if (parsed.success) return parsed.output;
  } catch {
    // fall through: a damaged entry is reported, not fatal
  }
  console.error(`Hueprint: damaged document style entry ${key.slice(0, 240)}`);
  return 'damaged';
}

/** What the list shows for a damaged entry: its id, and a name that says what to do. */
function damagedEntry(id: string): StoredStyle {
  return { id, name: DAMAGED_STYLE_NAME, createdAt: new Date(0).toISOString(), k: 1, palette: ['#808080'], bytes: 0 };
}

function withoutChunks(meta: DocumentMeta): StoredStyle {
  const { chunks: _chunks, ...style } = meta;
  return style;
}
