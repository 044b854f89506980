import type { SelectionSummary } from '../../core/protocol/messages';
import { SKIP_REASON_TEXT } from '../../core/protocol/skipReasonText';
import { steeredByText } from '../../core/protocol/steeredByText';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 layers selected: 2 images, 1 frame · 1 skipped (hidden)", live from SELECTION messages. */
export function SelectionSummaryView({ selection, emptyHint }: { selection: SelectionSummary | null; emptyHint: string }) {
  if (!selection || selection.nodes === 0) {
    return (
      <p class="callout muted" data-testid="selection" role="status">
        {emptyHint}
      </p>
    );
  }
  // "1 image", not "1 image, 0 frames": a kind the selection does not have is noise.
  const kinds = (
    [
      [selection.images, 'image'],
      [selection.frames, 'frame'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, word]) => plural(n, word));
  const marks = selection.items.reduce((sum, item) => sum + (item.colourMarks ?? 0), 0);
  // Drawn beside the art, a mark gives no hint: said, so the designer is not left wondering why it did nothing.
  const outside = selection.items.reduce((sum, item) => sum + (item.marksOutside ?? 0), 0);
  const counts = new Map<string, number>();
  for (const s of selection.skipped) counts.set(SKIP_REASON_TEXT[s.reason], (counts.get(SKIP_REASON_TEXT[s.reason]) ?? 0) + 1);
  return (
    <div class="callout" data-testid="selection" role="status" aria-live="polite">
      <div>
        <strong>{plural(selection.nodes, 'layer')} selected</strong>
        {kinds.length > 0 && `: ${kinds.join(', ')}`}
      </div>
      {marks + outside > 0 && (
        <div class="muted" data-testid="selection-marks">
          {[
            marks > 0 && `${plural(marks, 'colour mark')} over the art: hints for colorize`,
            outside > 0 && `${marks > 0 ? `${outside} outside it` : `${plural(outside, 'colour mark')} outside the art`}, ignored`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
      )}
      <VectorShapesLine selection={selection} />
      {selection.skipped.length > 0 && (
        <div class="muted" title={selection.skipped.map((s) => `${s.name} is ${SKIP_REASON_TEXT[s.reason]}`).join('\n')}>
          {selection.skipped.length} skipped ({[...counts].map(([why, n]) => `${n} ${why}`).join(', ')})
        </div>
      )}
    </div>
  );
}

/** "2 vector drawings: 40 shapes to colour, steered by 1 in colour (a hint, kept as it is) · left alone: 2 locked, 1 hidden, 3 too small". */
function VectorShapesLine({ selection }: { selection: SelectionSummary }) {
  const vectors = selection.items.filter((item) => item.vector !== undefined);
  if (vectors.length === 0) return null;
  const sum = (key: 'shapes' | 'coloured' | 'locked' | 'hidden' | 'tooSmall') => vectors.reduce((n, item) => n + item.vector![key], 0);
  const alone = [
    [sum('locked'), 'locked'],
    [sum('hidden'), 'hidden'],
    [sum('tooSmall'), 'too small'],
  ].filter(([n]) => (n as number) > 0);
  return (
    <div class="muted" data-testid="vector-shapes">
      {plural(vectors.length, 'vector drawing')}: {plural(sum('shapes'), 'shape')} to colour
      {sum('coloured') > 0 ? `, ${steeredByText(sum('coloured'))}` : ''}
      {alone.length > 0 ? ` · left alone: ${alone.map(([n, why]) => `${n} ${why}`).join(', ')}` : ''}
    </div>
  );
}
