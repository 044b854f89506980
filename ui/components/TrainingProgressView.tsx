import type { TrainProgress } from '../../core/types';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { backendDisplayName } from '../lib/backendDisplayName';
import { backendLabel } from '../lib/backendLabel';
import { formatDuration } from '../lib/formatDuration';
import { ProgressBar } from './ProgressBar';
import { TrainingChart } from './TrainingChart';

/** Epoch, ETA, the live chart, the backend and Cancel, kept in view while training. */
export function TrainingProgressView({
  history,
  step,
  steps,
  epochs,
  secondsRemaining,
  backend,
  onCancel,
  cancelling,
}: {
  history: readonly TrainProgress[];
  step: number;
  steps: number;
  epochs: number;
  secondsRemaining: number;
  backend: BackendChoice | null;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const fraction = steps > 0 ? step / steps : 0;
  const epoch = epochs > 0 && steps > 0 ? Math.min(epochs, Math.floor((step / steps) * epochs) + 1) : 1;
  const eta = Number.isFinite(secondsRemaining) ? `about ${formatDuration(secondsRemaining)} left` : 'estimating time…';
  return (
    <section class="section sticky" aria-label="Training progress" data-testid="training-progress">
      <div class="row">
        <strong class="grow" role="status" aria-live="polite">
          {steps === 0 ? 'Finding the palette, preparing the art…' : `Epoch ${epoch} of ${epochs} · ${eta}`}
        </strong>
        <button type="button" class="button small" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar value={fraction} label="Training progress" />
      <TrainingChart history={history} />
      <div class="muted">On {backend ? backendDisplayName(backendLabel(backend)) : '…'}</div>
    </section>
  );
}
