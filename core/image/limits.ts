/** Figma stores images of at most 4096 px a side; Hueprint holds every image to the same limit. */
export const MAX_IMAGE_SIDE = 4096;
