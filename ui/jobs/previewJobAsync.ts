import type { StyleFile } from '../../core/index';
import type { ColorizeMode } from '../../core/types';
import { hintsCaption } from '../lib/hintsCaption';
import { imageToObjectUrlAsync } from '../lib/imageToObjectUrlAsync';
import { blankArtMessage } from '../lib/blankArtMessage';
import { MIN_GRAY_SHARE, noGrayArtMessage } from '../lib/noGrayArtMessage';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { readHintedArtAsync } from '../lib/readHintedArtAsync';
import { readSelectionAsync } from '../lib/readSelectionAsync';
import { scaleToFit } from '../lib/scaleToFit';
import { uncertaintyOverlay } from '../lib/uncertaintyOverlay';
import { colorizeInWorkerAsync } from '../worker/colorizeInWorkerAsync';

export const PREVIEW_SIDE = 128;
/**
 * A lone preview is made and shown this large: nearly the panel's width, and short enough that at 360×600 it sits
 * between the style picker and the Colorize button without scrolling.
 */
export const SINGLE_PREVIEW_SIDE = 272;
/** Thumbnails of the first few items only: enough to judge, cheap on a slow machine. */
export const PREVIEW_COUNT = 4;

export interface PreviewItem {
  readonly nodeId: string;
  readonly name: string;
  readonly beforeUrl: string;
  /** Absent when there was nothing to colorize (`note` says why). */
  readonly afterUrl?: string;
  /** The parts the model is least sure of, hatched, to lay over the after image; absent when none stands out. */
  readonly overlayUrl?: string;
  /** "Hints: 2 colour marks", how to give hints when there are none, or why nothing was colorized. */
  readonly note: string;
}

/**
 * Before/after thumbnails of downscaled copies of the first selected raster
 * items (vector items are skipped when `skipVectors`), with the hints they
 * carry and the parts the model is least sure of. Every blob: URL made is also pushed
 * to `urls`, so the caller can revoke them even when aborted half-way.
 */
export async function previewJobAsync(
  style: StyleFile,
  mode: ColorizeMode,
  options: { readonly signal: AbortSignal; readonly urls: string[]; readonly skipVectors: boolean; readonly side?: number },
): Promise<PreviewItem[]> {
  const { signal, urls, side = PREVIEW_SIDE } = options;
  const items: PreviewItem[] = [];
  await readSelectionAsync(
    side * 2,
    async (message) => {
      const { item } = message;
      if (signal.aborted || items.length >= PREVIEW_COUNT || (options.skipVectors && item.kind === 'vector')) return;
      const art = await readHintedArtAsync(message, decodeImageAsync);
      const before = scaleToFit(art.gray, side, true);
      const beforeUrl = await imageToObjectUrlAsync(before);
      urls.push(beforeUrl);
      if (art.blank || art.grayShare < MIN_GRAY_SHARE) {
        items.push({ nodeId: item.nodeId, name: item.name, beforeUrl, note: art.blank ? blankArtMessage(item.name) : noGrayArtMessage(item.name) });
        return;
      }
      // Nearest-pixel scaling keeps every hint its exact colour.
      const hints = art.hints && scaleToFit(art.hints, side, false);
      const painted = art.art && scaleToFit(art.art, side, true);
      const after = await colorizeInWorkerAsync(style, before, { mode, signal, uncertainty: true, hints: hints ?? undefined, art: painted });
      const afterUrl = await imageToObjectUrlAsync(after);
      // No overlay when no part is unsure enough to show (see unsureParts): the legend says so instead.
      const unsure = after.uncertainty?.some((doubt) => doubt > 0);
      const overlayUrl = unsure ? await imageToObjectUrlAsync(uncertaintyOverlay(after.uncertainty!, before)) : undefined;
      urls.push(afterUrl, ...(overlayUrl ? [overlayUrl] : []));
      const note = hintsCaption(art.sources, hints === null || after.hintPixels > 0);
      items.push({ nodeId: item.nodeId, name: item.name, beforeUrl, afterUrl, overlayUrl, note });
    },
    signal,
    true,
  );
  return items;
}
