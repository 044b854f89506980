import type { MarkImage, SkippedItem, UiMessage } from '../core/protocol/messages';
import { classifySelectionAsync, type UsableNode } from './classifySelectionAsync';
import { chooseExportScale } from './chooseExportScale';
import { explainSkipped } from './explainSkipped';
import { getFigma } from './figmaHost';
import type { ImageKinds } from './imageKindAsync';
import type { OwnVisibilityChanges } from './OwnVisibilityChanges';
import { postToUi } from './postToUi';
import { readMarkedArtAsync } from './readMarkedArtAsync';
import { showsLossyImageAsync } from './showsLossyImageAsync';
import { UserError } from './UserError';

/** What READ_SELECTION asks for (the protocol is the one definition). */
export type ReadRequest = Omit<Extract<UiMessage, { type: 'READ_SELECTION' }>, 'type'>;

export const EMPTY_SELECTION_MESSAGE = 'Select some colour art (frames or images) first.';

/**
 * Answers READ_SELECTION: one IMAGE message per usable item (image fills as
 * stored, everything else as a PNG export no larger than `maxSide`), then
 * IMAGES_DONE. One image per message keeps every message small. With `hints`,
 * a frame with colour marks comes as its gray art plus the marks apart, and
 * an export that shows a JPEG says so (`lossy`: its hints are read as a JPEG's).
 */
export async function readSelectionAsync({ requestId, maxSide, hints }: ReadRequest, kinds: ImageKinds, own: OwnVisibilityChanges): Promise<void> {
  const selection = getFigma().currentPage.selection;
  if (selection.length === 0) throw new UserError(EMPTY_SELECTION_MESSAGE);
  const { usable, summary } = await classifySelectionAsync(selection, kinds);
  if (usable.length === 0) {
    throw new UserError(`Nothing in the selection can be used: ${explainSkipped(summary.skipped)}.`);
  }
  const skipped: SkippedItem[] = summary.skipped.slice();
  let sent = 0;
  for (const entry of usable) {
    const read = hints === true && entry.marks.length > 0 ? await readMarkedAsync(entry, maxSide, own) : await readBytesAsync(entry, maxSide);
    if (read === null) {
      skipped.push({ nodeId: entry.item.nodeId, name: entry.item.name, reason: 'unreadable' });
      continue;
    }
    const { bytes, marks } = read instanceof Uint8Array ? { bytes: read, marks: undefined } : read;
    // An image fill's own bytes tell the UI themselves; training reads no hints, so it skips the images' bytes.
    const lossy = hints === true && entry.imageFill === null && (await showsLossyImageAsync(entry.node, kinds));
    postToUi({
      type: 'IMAGE',
      requestId,
      index: sent,
      total: usable.length,
      item: entry.item,
      bytes,
      ...(marks ? { marks } : {}),
      ...(lossy ? { lossy } : {}),
    });
    sent++;
  }
  postToUi({ type: 'IMAGES_DONE', requestId, count: sent, skipped });
}

async function readMarkedAsync(
  { node, item, marks }: UsableNode,
  maxSide: number,
  own: OwnVisibilityChanges,
): Promise<{ bytes: Uint8Array; marks: readonly MarkImage[] } | null> {
  try {
    return await readMarkedArtAsync(node, marks, chooseExportScale(item.width, item.height, maxSide), own);
  } catch (error) {
    if (error instanceof UserError) throw error;
    console.error(`Hueprint: could not read “${item.name}” and its colour marks`, error);
    return null;
  }
}

async function readBytesAsync({ node, item, imageFill }: UsableNode, maxSide: number): Promise<Uint8Array | null> {
  try {
    if (imageFill !== null) {
      const image = getFigma().getImageByHash(imageFill.imageHash);
      return image === null ? null : await image.getBytesAsync();
    }
    if (!('exportAsync' in node)) return null;
    return await node.exportAsync({
      format: 'PNG',
      colorProfile: 'SRGB',
      constraint: { type: 'SCALE', value: chooseExportScale(item.width, item.height, maxSide) },
    });
  } catch (error) {
    console.error(`Hueprint: could not read “${item.name}”`, error);
    return null;
  }
}
