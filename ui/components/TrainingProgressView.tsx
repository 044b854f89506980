import type { TrainProgress } from '../../core/types';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { formatDuration } from '../lib/formatDuration';
import { ProgressBar } from './ProgressBar';
import { TrainingChart } from './TrainingChart';

/** Epoch, ETA, the live chart, the backend and Cancel, kept in view while training. */
export function TrainingProgressView({ history, backend, onCancel, cancelling }: {
  history: readonly TrainProgress[]; backend: BackendChoice | null; onCancel: () => void; cancelling: boolean;
}) {
  const last = history[history.length - 1];
  const fraction = last ? last.epoch / last.epochs : 0;
  return (
    <section class="section sticky" aria-label="Training progress" data-testid="training-progress">
      <div class="row">
        <strong class="grow" role="status" aria-live="polite">
          {last ? `Epoch ${last.epoch} of ${last.epochs} · about ${formatDuration(last.secondsRemaining)} left` : 'Preparing palette and data…'}
        </strong>
        <button type="button" class="button small" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar value={fraction} label="Training progress" />
      <TrainingChart history={history} />
      <div class="muted">On {backend?.name === 'webgl' ? 'WebGL' : backend?.name === 'cpu' ? 'the CPU' : '…'}</div>
    </section>
  );
}
