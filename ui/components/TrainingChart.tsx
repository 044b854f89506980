import type { TrainProgress } from '../../core/types';

const W = 280;
const H = 90;
const PAD = 4;

/** Loss (scaled to its maximum) and held-out accuracy (0–100%) per epoch, as inline SVG. */
export function TrainingChart({ history }: { history: readonly TrainProgress[] }) {
  const epochs = Math.max(2, history[0]?.epochs ?? 2);
  const maxLoss = Math.max(1e-6, ...history.map((p) => (Number.isFinite(p.loss) ? p.loss : 0)));
  const x = (epoch: number) => PAD + ((epoch - 1) / (epochs - 1)) * (W - 2 * PAD);
  const y = (fraction: number) => H - PAD - fraction * (H - 2 * PAD);
  const line = (value: (p: TrainProgress) => number) =>
    history
      .filter((p) => Number.isFinite(value(p)))
      .map((p) => `${x(p.epoch).toFixed(1)},${y(value(p)).toFixed(1)}`)
      .join(' ');
  const last = history[history.length - 1];
  const accuracy = last && Number.isFinite(last.testAccuracy) ? `${Math.round(last.testAccuracy * 100)}%` : '—';
  return (
    <figure class="section" style={{ margin: 0 }}>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img"
        aria-label={`Training chart: loss ${last ? last.loss.toFixed(3) : '—'}, held-out accuracy ${accuracy}`}>
        <polyline class="chart-loss" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points={line((p) => p.loss / maxLoss)} />
        <polyline class="chart-acc" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points={line((p) => p.testAccuracy)} />
        {/* One epoch is one point, which a line cannot show. */}
        {history.length === 1 && last && (
          <>
            {Number.isFinite(last.loss) && <rect class="chart-loss-dot" x={x(1) - 2} y={y(last.loss / maxLoss) - 2} width="4" height="4" />}
            {Number.isFinite(last.testAccuracy) && <rect class="chart-acc-dot" x={x(1) - 2} y={y(last.testAccuracy) - 2} width="4" height="4" />}
          </>
        )}
      </svg>
      <figcaption class="legend">
        <span><span class="legend-swatch" style={{ background: 'var(--text-secondary)' }} />Loss {last ? last.loss.toFixed(3) : '—'}</span>
        <span><span class="legend-swatch" style={{ background: 'var(--bg-brand)' }} />Held-out accuracy {accuracy}</span>
      </figcaption>
    </figure>
  );
}
