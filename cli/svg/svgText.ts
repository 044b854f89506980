import { SvgError } from './SvgError';
import { MAX_SVG_BYTES } from './svgLimits';

/** SVG file bytes → text: bounded, UTF-8 (a BOM is dropped), refused when not valid UTF-8. */
export function svgText(bytes: Uint8Array, label: string): string {
  if (bytes.length > MAX_SVG_BYTES)
    throw new SvgError(
      `${label} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Hueprint reads SVGs of at most ${MAX_SVG_BYTES / 1024 / 1024} MB. Simplify the drawing or split it.`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SvgError(`${label} is not UTF-8 text; save the SVG as UTF-8 and try again.`);
  }
}
