import { formatBytes } from '../lib/formatBytes';

/** Space the saved styles use of figma.clientStorage's per-plugin quota. */
export function QuotaMeter({ used, quota }: { used: number; quota: number }) {
  const fraction = quota > 0 ? Math.min(1, used / quota) : 0;
  return (
    <div class="section" data-testid="quota">
      <div class="row">
        <span class="grow">Space used</span>
        <span class="muted">
          {formatBytes(used)} of {formatBytes(quota)}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot take Figma's theme colours in every browser; the role carries the same meaning */}
      <div class="meter" role="meter" aria-label="Storage used" aria-valuemin={0} aria-valuemax={quota} aria-valuenow={used}>
        <div class={`meter-fill${fraction > 0.9 ? ' full' : ''}`} style={{ width: `${fraction * 100}%` }} />
      </div>
      {fraction > 0.9 && (
        <p class="muted" style={{ margin: 0 }}>
          Almost full: export styles you rarely use to .hueprint files, then delete them here.
        </p>
      )}
    </div>
  );
}
