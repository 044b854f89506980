import { MAX_IMAGE_SIDE } from '../image/limits';

export { MAX_IMAGE_SIDE };

/** figma.clientStorage's quota per plugin (5 × 2^20 bytes): the saved styles share it. */
export const CLIENT_STORAGE_QUOTA_BYTES = 5 * 1024 * 1024;

/** Selected nodes smaller than this on a side carry too few pixels to learn from or colorize. */
export const MIN_NODE_SIDE = 8;

/**
 * The most bytes an image message may carry: a 4096² RGBA image stored raw,
 * plus 1 MiB for a codec's headers (PNG's worst case is a few bytes per 32 kB
 * over raw). Anything bigger cannot be an image Figma holds.
 */
export const MAX_IMAGE_BYTES = MAX_IMAGE_SIDE * MAX_IMAGE_SIDE * 4 + 1024 * 1024;

/**
 * The most bytes a style message may carry: well above the storage quota, so
 * an oversized import is refused by the quota check's clearer message, yet
 * bounded so a faulty peer cannot make the other side hold gigabytes.
 */
export const MAX_STYLE_BYTES = 32 * 1024 * 1024;
