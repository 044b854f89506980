/** The largest SVG file read: drawings are kilobytes to a few megabytes. */
export const MAX_SVG_BYTES = 8 * 1024 * 1024;
/** The most elements an SVG may have: bounds the shape map and the rewrite. */
export const MAX_SVG_ELEMENTS = 100_000;
/** Deepest element nesting accepted. */
export const MAX_SVG_DEPTH = 256;
