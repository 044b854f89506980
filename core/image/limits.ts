/** Figma stores images of at most 4096 px a side; Hueprint holds every image to the same limit. */
export const MAX_IMAGE_SIDE = 4096;
/**
 * Alpha from which a pixel counts as opaque: composited on white, its gray
 * moves by at most 3 levels, half of unmixEdges' FLAT_LEVELS (art exported at
 * 99% opacity is still opaque art). Below it a pixel is a stroke under partial
 * coverage (a strand, an outer contour), judged by its own gray.
 */
export const OPAQUE_ALPHA = 252;
/**
 * Alpha from which a pixel is part of the art: labelled with a palette colour,
 * scored, and counted in a palette (see assignLabels). Below it a pixel's
 * un-composited gray is too noisy to read (half a level of rounding is ±6
 * levels at alpha 20).
 */
export const LABELLED_ALPHA = 128;
