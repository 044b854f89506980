import type { Rgba8Image } from '../../core/types';
import { parseSvg } from './parseSvg';
import { renderSvg } from './renderSvg';
import { svgRenderWidth } from './svgRenderWidth';
import { svgText } from './svgText';

/** An SVG file's bytes → its render at its own size (see svgRenderWidth), for training and evaluation. */
export function svgImageFromBytes(bytes: Uint8Array, label: string): Rgba8Image {
  const text = svgText(bytes, label);
  return renderSvg(text, { width: svgRenderWidth(parseSvg(text, label)), label });
}
