import { useState } from 'preact/hooks';
import { type PreviewItem, SINGLE_PREVIEW_SIDE } from '../jobs/previewJobAsync';
import { OVERLAY_CSS } from '../lib/uncertaintyOverlay';
import { useSideAboveFooter } from '../lib/useSideAboveFooter';
import { BEFORE_AFTER, SegmentedChoice } from './SegmentedChoice';

/**
 * The first few selected images, large enough to judge (one alone nearly the panel's width, several share a grid): the colorized
 * preview, or the gray art while "Before" is on (a before/after toggle), with
 * the few parts the model is least sure of laid over when asked: solid stripes of one accent over the colours as they
 * are, with a legend, so the overlay cannot be read as colour the model will paint, and the rest is seen as it will be.
 */
export function PreviewStrip({ items, showUncertainty }: { items: readonly PreviewItem[]; showUncertainty: boolean }) {
  const [side, setSide] = useState<'after' | 'before'>('after');
  const before = side === 'before';
  // One preview alone is drawn as large as fits above the Colorize row (at most SINGLE_PREVIEW_SIDE, never under a grid thumbnail's 160 px).
  const { side: loneSide, ref: lone } = useSideAboveFooter(SINGLE_PREVIEW_SIDE, 160);
  const overlaid = !before && showUncertainty && items.some((item) => item.overlayUrl);
  // Asked, with previews to judge, but no part stood out: say so, rather than show nothing.
  const noneStandsOut = !before && showUncertainty && !overlaid && items.some((item) => item.afterUrl);
  return (
    <div class="section" style={{ gap: '6px' }}>
      <SegmentedChoice name="preview-side" label="Preview shows" value={side} onChange={setSide} options={BEFORE_AFTER} compact />
      <ul
        class={items.length === 1 ? 'previews single' : 'previews'}
        aria-label="Preview"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="previews"
      >
        {items.map((item) => {
          const showAfter = !before && item.afterUrl;
          const overlay = showAfter && showUncertainty && item.overlayUrl;
          return (
            <li key={item.nodeId} class="preview" title={item.name} data-testid="preview-item" ref={items.length === 1 ? lone : undefined}>
              <span class="preview-after" style={items.length === 1 ? { maxWidth: `${loneSide}px` } : undefined}>
                <img src={showAfter ? item.afterUrl : item.beforeUrl} alt={`${item.name}, ${showAfter ? 'colorized preview' : 'before'}`} />
                {overlay && <img class="preview-overlay" src={overlay} alt={`${item.name}, where Hueprint is unsure`} data-testid="uncertainty-overlay" />}
              </span>
              <small class="muted" data-testid="preview-note">
                {item.note}
              </small>
            </li>
          );
        })}
      </ul>
      {(overlaid || noneStandsOut) && (
        <small class="muted" data-testid="uncertainty-legend">
          {overlaid ? (
            <>
              <i class="hatch" style={{ color: OVERLAY_CSS }} /> Hatched: the parts Hueprint is least sure of. A hint there helps most
            </>
          ) : (
            'No part stands out as unsure: hint wherever a colour looks wrong'
          )}
        </small>
      )}
    </div>
  );
}
