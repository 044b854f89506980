import type { HintSources } from './readHintedArtAsync';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 colour marks", "coloured pixels in the image (2 regions)", both, or "no hints". */
export function describeHints({ marks, colouredRegions }: HintSources): string {
  const parts: string[] = [];
  if (marks > 0) parts.push(plural(marks, 'colour mark'));
  if (colouredRegions > 0) parts.push(`coloured pixels in the image (${plural(colouredRegions, 'region')})`);
  return parts.length === 0 ? 'no hints' : parts.join(' and ');
}
