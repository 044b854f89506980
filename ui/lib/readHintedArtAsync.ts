import { splitHints } from '../../core/hints/splitHints';
import type { PluginMessage } from '../../core/protocol/messages';
import type { Rgba8Image } from '../../core/types';
import { grayArtShare } from './grayArtShare';
import { isBlankArt } from './isBlankArt';
import { pasteMarks } from './pasteMarks';

/** Where an item's hints came from, for the designer. */
export interface HintSources {
  /** Colour marks drawn over the art (read apart by the plugin). */
  readonly marks: number;
  /** Coloured regions of the art itself (connected groups of clearly coloured pixels). */
  readonly colouredRegions: number;
}

export interface HintedArt {
  /** The gray art to colorize: hint pixels turned to their gray. */
  readonly gray: Rgba8Image;
  /** RGBA hint image the size of `gray` (alpha ≥ 128: a hint of that colour), or null without hints. */
  readonly hints: Rgba8Image | null;
  readonly sources: HintSources;
  /** Share of the art's ink (opaque, darker than paper white) that is gray, not hints: see grayArtShare. */
  readonly grayShare: number;
  /** Nothing drawn at all: no ink and no hint (see isBlankArt). */
  readonly blank: boolean;
  /** The art as it is, when it holds colour: the result is painted over it (see core's colorizeImage, `art`). */
  readonly art?: Rgba8Image;
}

/**
 * Turns one IMAGE of the selection into what colorize needs: the clearly
 * coloured pixels of partly coloured art are hints (core's splitHints), and
 * colour marks read apart by the plugin are pasted over them at their place,
 * the mark on top where both have a hint. Art is lossy when its bytes are
 * (a JPEG image fill) or the plugin says its export shows a JPEG (`lossy`).
 * `decode`: the UI's decodeImageAsync (the browser's codecs); Node tests pass the CLI's.
 */
export async function readHintedArtAsync(
  { bytes, marks = [], lossy, item: { name } }: Pick<Extract<PluginMessage, { type: 'IMAGE' }>, 'bytes' | 'marks' | 'lossy' | 'item'>,
  decode: (bytes: Uint8Array, name: string) => Promise<Rgba8Image> | Rgba8Image,
): Promise<HintedArt> {
  const read = await decode(bytes, name);
  const art = lossy ? { ...read, lossy } : read;
  const split = splitHints(art);
  const hints = split.hints.data;
  const decoded = [];
  for (const mark of marks) decoded.push({ image: await decode(mark.bytes, `${name} (colour mark)`), x: mark.x, y: mark.y });
  const followed = pasteMarks(hints, art.width, art.height, decoded);

  let hintPixels = 0;
  for (let p = 3; p < hints.length; p += 4) if (hints[p] >= 128) hintPixels++;
  return {
    gray: split.gray,
    hints: hintPixels > 0 ? split.hints : null,
    sources: { marks: followed, colouredRegions: split.count },
    grayShare: grayArtShare(art, hints),
    blank: isBlankArt(art, hints),
    ...(split.count > 0 ? { art } : {}),
  };
}
