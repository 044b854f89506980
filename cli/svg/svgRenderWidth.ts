import type { SvgDocument } from './SvgDocument';

/** Longest side an SVG is rendered at by default when its own size is smaller or larger. */
export const MIN_RENDER_SIDE = 64;
export const MAX_RENDER_SIDE = 2048;

/**
 * The width in pixels to render a drawing at: its own size (the size its
 * author drew it at, and so the scale of its details), its longest side
 * brought into [MIN_RENDER_SIDE, MAX_RENDER_SIDE], or `longestSide` when given.
 */
export function svgRenderWidth(doc: SvgDocument, longestSide?: number): number {
  const longest = Math.max(doc.width, doc.height);
  const target = longestSide ?? Math.min(MAX_RENDER_SIDE, Math.max(MIN_RENDER_SIDE, longest));
  return Math.max(1, Math.round((doc.width * target) / longest));
}
