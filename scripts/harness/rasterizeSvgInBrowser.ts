/**
 * The fake figma's renderer in the harness: the browser draws the SVG the
 * fake builds for an export (an <img> of it onto a canvas), as Figma's
 * own renderer would draw the layers.
 */
export async function rasterizeSvgInBrowser(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('The harness could not get a 2D canvas to render vector art');
    context.drawImage(image, 0, 0, width, height);
    return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
