import type { SkippedItem } from '../core/protocol/messages';
import { classifySelectionAsync, type GifCache, type UsableNode } from './classifySelectionAsync';
import { chooseExportScale } from './chooseExportScale';
import { explainSkipped } from './explainSkipped';
import { getFigma } from './figmaHost';
import { postToUi } from './postToUi';
import { UserError } from './UserError';

export const EMPTY_SELECTION_MESSAGE = 'Select some colour art (frames or images) first.';

/**
 * Answers READ_SELECTION: one IMAGE message per usable item (image fills as
 * stored, everything else as a PNG export no larger than `maxSide`), then
 * IMAGES_DONE. One image per message keeps every message small.
 */
export async function readSelectionAsync(requestId: string, maxSide: number, gifCache: GifCache): Promise<void> {
  const selection = getFigma().currentPage.selection;
  if (selection.length === 0) throw new UserError(EMPTY_SELECTION_MESSAGE);
  const { usable, summary } = await classifySelectionAsync(selection, gifCache);
  if (usable.length === 0) {
    throw new UserError(`Nothing in the selection can be used: ${explainSkipped(summary.skipped)}.`);
  }
  const skipped: SkippedItem[] = summary.skipped.slice();
  let sent = 0;
  for (const entry of usable) {
    const bytes = await readBytesAsync(entry, maxSide);
    if (bytes === null) {
      skipped.push({ nodeId: entry.item.nodeId, name: entry.item.name, reason: 'unreadable' });
      continue;
    }
    postToUi({ type: 'IMAGE', requestId, index: sent, total: usable.length, item: entry.item, bytes });
    sent++;
  }
  postToUi({ type: 'IMAGES_DONE', requestId, count: sent, skipped });
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
