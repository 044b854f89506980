import { describeHints } from './describeHints';
import type { HintSources } from './readHintedArtAsync';

/**
 * The line under a preview: the hints it followed, or, when the art has none, how to give some, in a designer's words
 * (the preview is where a designer sees what a hint would fix).
 */
export function hintsCaption(sources: HintSources, followed: boolean): string {
  if (sources.marks + sources.colouredRegions === 0) return 'No colour hints — paint a little colour on the art to steer it';
  return `Hints: ${describeHints(sources)}${followed ? '' : ' (this style cannot use them)'}`;
}
