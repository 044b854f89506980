import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_EPOCHS } from '../../core/index';
import { errorMessage } from '../../core/errorMessage';
import type { SelectionSummary } from '../../core/protocol/messages';
import type { AbortReason } from '../jobs/AbortReason';
import { trainJobAsync, type TrainPhase } from '../jobs/trainJobAsync';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettingsValue } from '../jobs/TrainSettingsValue';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { ProgressBar } from './ProgressBar';
import { SelectionSummaryView } from './SelectionSummaryView';
import { TrainingChart } from './TrainingChart';
import { TrainingProgressView } from './TrainingProgressView';
import { TrainResultView } from './TrainResultView';
import { TrainSettings } from './TrainSettings';

interface Props {
  selection: SelectionSummary | null;
  backend: BackendChoice | null;
  ensureBackendAsync: () => Promise<BackendChoice>;
  reportError: (message: string) => void;
}

export function TrainTab({ selection, backend, ensureBackendAsync, reportError }: Props) {
  const [settings, setSettings] = useState<TrainSettingsValue>(DEFAULT_TRAIN_SETTINGS);
  const [phase, setPhase] = useState<TrainPhase>({ kind: 'idle' });
  const [cancelling, setCancelling] = useState(false);
  const [runId, setRunId] = useState(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort('cancelled' satisfies AbortReason), []);

  const usable = selection ? selection.images + selection.frames : 0;
  const running = phase.kind === 'reading' || phase.kind === 'training';

  const train = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setCancelling(false);
    try {
      const backendNow = await ensureBackendAsync();
      const { phase: last, error } = await trainJobAsync({
        settings,
        backend: backendNow,
        expectedItems: usable,
        signal: abort.signal,
        onPhase: setPhase,
        onProblem: reportError,
      });
      setPhase(last);
      if (error) reportError(error);
    } catch (error) {
      setPhase({ kind: 'idle' });
      reportError(errorMessage(error));
    } finally {
      controller.current = null;
      setCancelling(false);
      setRunId((n) => n + 1);
    }
  };

  const cancel = () => {
    setCancelling(true);
    controller.current?.abort('cancelled' satisfies AbortReason);
  };

  return (
    <>
      <SelectionSummaryView selection={selection} emptyHint="Select frames or images with your colour art to learn its style." />
      <TrainSettings value={settings} onChange={setSettings} disabled={running} />
      <div class="row">
        <button type="button" class="button primary" onClick={train} disabled={running || usable === 0 || !backend}>
          Train
        </button>
        {!running && usable === 0 && <span class="muted">Select colour art first.</span>}
      </div>
      {phase.kind === 'reading' && (
        <section class="section sticky" aria-label="Reading art">
          <div class="row">
            <strong class="grow" role="status">Reading art {phase.done} of {phase.total}…</strong>
            <button type="button" class="button small" onClick={cancel}>Cancel</button>
          </div>
          <ProgressBar value={phase.total ? phase.done / phase.total : 0} label="Reading art" />
        </section>
      )}
      {phase.kind === 'training' && (
        <TrainingProgressView history={phase.history} step={phase.step} steps={phase.steps} epochs={settings.epochs ?? DEFAULT_EPOCHS} secondsRemaining={phase.secondsRemaining}
          backend={backend} onCancel={cancel} cancelling={cancelling} />
      )}
      {phase.kind === 'done' && phase.history.length > 0 && <TrainingChart history={phase.history} />}
      {phase.kind === 'done' && (
        <TrainResultView key={runId} style={phase.style} notices={phase.notices} reportError={reportError} />
      )}
    </>
  );
}
