import { Resvg } from '@resvg/resvg-js';
import { MAX_IMAGE_SIDE } from '../../core/image/limits';
import type { Rgba8Image } from '../../core/types';
import { parseSvg } from './parseSvg';
import { SvgError } from './SvgError';

export interface RenderSvgOptions {
  /** Output width in pixels; the height follows the drawing's aspect ratio. Default: the drawing's own width. */
  readonly width?: number;
  /** Label for error messages (a file name). */
  readonly label?: string;
}

/**
 * Renders SVG text to RGBA pixels (straight alpha, transparent background)
 * with resvg, a well-kept SVG renderer, the same in the CLI and in Node tests
 * of the fake figma. The text is checked first (see parseSvg): malformed
 * XML, references to other files and absurd sizes are refused with an
 * SvgError; the output is at most MAX_IMAGE_SIDE a side.
 */
export function renderSvg(text: string, options: RenderSvgOptions = {}): Rgba8Image {
  const label = options.label ?? 'The SVG';
  const doc = parseSvg(text, label);
  const width = Math.round(options.width ?? doc.width);
  const height = Math.max(1, Math.round((width * doc.height) / doc.width));
  if (!(width >= 1) || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new SvgError(
      `${label} would render at ${width}×${height} px; Hueprint renders at most ${MAX_IMAGE_SIDE} px a side. Give it a smaller width, height or viewBox.`,
    );
  }
  let rendered: ReturnType<Resvg['render']>;
  try {
    rendered = new Resvg(text, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true }, background: 'rgba(0,0,0,0)' }).render();
  } catch (error) {
    throw new SvgError(`${label} cannot be rendered: ${(error as Error).message}. Export it again from your drawing app.`);
  }
  if (rendered.width > MAX_IMAGE_SIDE || rendered.height > MAX_IMAGE_SIDE) {
    throw new SvgError(`${label} rendered at ${rendered.width}×${rendered.height} px; Hueprint takes at most ${MAX_IMAGE_SIDE} px a side.`);
  }
  // resvg hands back premultiplied RGBA; Hueprint's images are straight.
  const data = new Uint8Array(rendered.pixels);
  for (let p = 0; p < data.length; p += 4) {
    const a = data[p + 3];
    if (a === 0 || a === 255) continue;
    data[p] = Math.min(255, Math.round((data[p] * 255) / a));
    data[p + 1] = Math.min(255, Math.round((data[p + 1] * 255) / a));
    data[p + 2] = Math.min(255, Math.round((data[p + 2] * 255) / a));
  }
  return { width: rendered.width, height: rendered.height, data };
}
