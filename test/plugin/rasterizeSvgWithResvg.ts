import { Resvg } from '@resvg/resvg-js';

/**
 * The fake figma's renderer in Node tests: resvg, the renderer the CLI uses
 * for SVG art, so the fake's exports and the CLI's renders agree.
 */
export async function rasterizeSvgWithResvg(svg: string, width: number, height: number): Promise<Uint8Array> {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } });
  const png = resvg.render();
  if (png.width !== width || png.height !== height) {
    // fitTo keeps the aspect ratio; a rounding difference of a pixel is re-rendered at the exact height.
    return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'height', value: height } }).render().asPng());
  }
  return new Uint8Array(png.asPng());
}
