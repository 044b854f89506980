/** The image fill Hueprint reads and replaces, and where it sits in `fills`. */
export interface ImageFill {
  readonly paintIndex: number;
  readonly paint: ImagePaint;
  readonly imageHash: string;
}

/**
 * The node's image fill when the node *is* an image: no visible children and
 * exactly one visible fill, an IMAGE paint with an image. Only then do the
 * image's bytes equal what the designer sees, and only then can a colorized
 * result replace that fill (READ_SELECTION and WRITE_RESULT share this rule,
 * so what was read as an image is written back as one). Anything else is
 * rasterised and gets a new layer.
 */
export function findImageFill(node: SceneNode): ImageFill | null {
  if ('children' in node && node.children.some((child) => child.visible)) return null;
  if (!('fills' in node) || !Array.isArray(node.fills)) return null;
  const fills = node.fills as ReadonlyArray<Paint>;
  let found: ImageFill | null = null;
  for (let i = 0; i < fills.length; i++) {
    const paint = fills[i];
    if (paint.visible === false) continue;
    if (found !== null || paint.type !== 'IMAGE' || paint.imageHash === null) return null;
    found = { paintIndex: i, paint, imageHash: paint.imageHash };
  }
  return found;
}

/** Visible paints of a `fills` or `strokes` value (empty for `figma.mixed`). */
export function visiblePaints(paints: ReadonlyArray<Paint> | PluginAPI['mixed'] | undefined): ReadonlyArray<Paint> {
  if (!Array.isArray(paints)) return [];
  return (paints as ReadonlyArray<Paint>).filter((paint) => paint.visible !== false);
}
