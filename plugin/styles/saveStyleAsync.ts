import { getFigma } from '../figmaHost';
import { UserError } from '../UserError';
import { readIndexAsync, writeIndexAsync } from './clientStyles';
import { readDocumentStyles, removeDocumentStyle, writeDocumentStyle } from './documentStyles';
import { bytesUsedBy, formatMegabytes, newStyleId, QUOTA_BYTES, styleKey, type StoredStyle } from './storedStyle';
import { errorMessage } from '../../core/errorMessage';

export interface SaveStyleRequest {
  /** Overwrite this style; absent: a new one. */
  readonly id?: string;
  readonly summary: { readonly name: string; readonly createdAt: string; readonly k: number; readonly palette: readonly string[] };
  readonly bytes: Uint8Array;
  /** Also keep a copy in the document for teammates (false removes an existing copy). */
  readonly inDocument: boolean;
}

/**
 * Saves a style's bytes under its own clientStorage key and lists it in the
 * index. Refuses up front, with the sizes, when it would not fit in the 5 MB
 * quota; the bytes are written before the index, so a failure never leaves the
 * index pointing at nothing and never touches the styles already saved.
 */
export async function saveStyleAsync(request: SaveStyleRequest): Promise<{ style: StoredStyle; replaced: StoredStyle | null; inDocument: boolean }> {
  const figma = getFigma();
  const index = await readIndexAsync();
  // The same style saved again (an import of a file already imported, Save clicked twice) replaces
  // its copy instead of adding an identical entry: same training run, same palette, same size.
  const replaced = request.id === undefined ? (index.find((entry) => isSameStyle(entry, request)) ?? null) : null;
  const id = request.id ?? replaced?.id ?? newStyleId();
  const style: StoredStyle = { id, ...request.summary, bytes: request.bytes.length };
  // A twin's copy for teammates stays: an import (never asking for a document copy) must not remove it.
  const inDocument = request.inDocument || (replaced !== null && readDocumentStyles().some((entry) => entry.id === replaced.id));
  const others = index.filter((entry) => entry.id !== id);
  const nextIndex = [...others, style];

  const usedByOthers = bytesUsedBy(others);
  const needed = bytesUsedBy(nextIndex) - usedByOthers;
  const free = QUOTA_BYTES - usedByOthers;
  if (needed > free) {
    throw new UserError(
      `Saving “${style.name}” needs ${formatMegabytes(needed)} MB but only ${formatMegabytes(free)} MB ` +
        `of Hueprint's ${QUOTA_BYTES / (1024 * 1024)} MB is free. Delete a style first.`,
    );
  }

  if (inDocument) {
    try {
      writeDocumentStyle(style, request.bytes);
    } catch (error) {
      throw new UserError(`Could not store “${style.name}” in this document (${errorMessage(error)}). Nothing was saved.`);
    }
  } else {
    removeDocumentStyle(id);
  }

  try {
    await figma.clientStorage.setAsync(styleKey(id), request.bytes);
    await writeIndexAsync(nextIndex);
  } catch (error) {
    const hadBefore = index.some((entry) => entry.id === id);
    if (!hadBefore) await figma.clientStorage.deleteAsync(styleKey(id)).catch(() => undefined);
    throw new UserError(`Figma could not save “${style.name}” (${errorMessage(error)}). Your other styles are untouched; delete a style and try again.`);
  }
  return { style, replaced, inDocument };
}

function isSameStyle(entry: StoredStyle, request: SaveStyleRequest): boolean {
  const { summary } = request;
  return (
    entry.createdAt === summary.createdAt &&
    entry.k === summary.k &&
    entry.bytes === request.bytes.length &&
    entry.palette.length === summary.palette.length &&
    entry.palette.every((hex, i) => hex === summary.palette[i])
  );
}
