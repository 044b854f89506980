import type { TrainProgress } from '../../core/types';

const W = 280;
const H = 90;
const PAD = 4;

/**
 * Held-out accuracy (0–100%, the left axis) and loss (scaled to its largest
 * value) per epoch (the bottom axis), as inline SVG with HTML axis labels
 * (SVG text would stretch with the chart).
 */
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
    <figure class="section" style={{ margin: 0 }} data-testid="training-chart">
      <div class="chart-frame">
        <div class="chart-y" aria-hidden="true">
          <span>100%</span>
          <span>50%</span>
          <span>0%</span>
        </div>
        <svg
          class="chart"
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`Training chart by epoch: held-out accuracy ${accuracy}, loss ${last ? last.loss.toFixed(3) : '—'}`}
        >
          {[0, 0.5, 1].map((f) => (
            <line key={f} class="chart-grid" x1={PAD} x2={W - PAD} y1={y(f)} y2={y(f)} vector-effect="non-scaling-stroke" />
          ))}
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
        <span />
        <div class="chart-x" aria-hidden="true">
          <span>Epoch 1</span>
          <span>Epoch {epochs}</span>
        </div>
      </div>
      <figcaption class="legend">
        <span>
          <span class="legend-swatch" style={{ background: 'var(--bg-brand)' }} />
          Right colour on held-out art: {accuracy}
        </span>
        <span>
          <span class="legend-swatch" style={{ background: 'var(--text-secondary)' }} />
          Loss (lower is better) {last ? last.loss.toFixed(3) : '—'}
        </span>
      </figcaption>
    </figure>
  );
}
