import { isLossyEncoding } from '../core/image/isLossyEncoding';
import { getFigma } from './figmaHost';

/** What an image fill's bytes are, as far as reading it goes: a GIF (skipped), lossy (JPEG, lossy WebP) or neither. */
export type ImageKind = 'gif' | 'lossy' | 'lossless';

/**
 * Remembers each image hash's kind. An image's bytes never change for a
 * hash, so one read per image serves every later selection change and read.
 */
export type ImageKinds = Map<string, ImageKind>;

/** The kind of the image with `hash` (read once, then remembered in `kinds`), or null when Figma cannot give its bytes. */
export async function imageKindAsync(hash: string, kinds: ImageKinds): Promise<ImageKind | null> {
  const known = kinds.get(hash);
  if (known !== undefined) return known;
  const image = getFigma().getImageByHash(hash);
  if (image === null) return null;
  let bytes: Uint8Array;
  try {
    bytes = await image.getBytesAsync();
  } catch {
    return null;
  }
  // "GIF8": both GIF87a and GIF89a.
  const gif = bytes.length >= 4 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x38;
  const kind: ImageKind = gif ? 'gif' : isLossyEncoding(bytes) ? 'lossy' : 'lossless';
  kinds.set(hash, kind);
  return kind;
}
