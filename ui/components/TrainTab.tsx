import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../core/errorMessage';
import type { StyleFile } from '../../core/index';
import type { ComparedColouring } from './HeldOutComparison';
import type { SelectionSummary } from '../../core/protocol/messages';
import type { AbortReason } from '../jobs/AbortReason';
import { trainJobAsync, type TrainPhase } from '../jobs/trainJobAsync';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettingsValue } from '../jobs/TrainSettingsValue';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { backendDisplayName } from '../lib/backendDisplayName';
import { backendLabel } from '../lib/backendLabel';
import { checkTrainSettings } from '../lib/checkTrainSettings';
import { estimateTraining } from '../lib/estimateTraining';
import { nameFromArt } from '../lib/nameFromArt';
import type { StyleLibrary } from '../lib/StyleLibrary';
import { ProgressBar } from './ProgressBar';
import { SelectionSummaryView } from './SelectionSummaryView';
import { TrainingProgressView } from './TrainingProgressView';
import { TrainResultView } from './TrainResultView';
import { TrainSettings } from './TrainSettings';
import { useRememberedSettings } from '../lib/useRememberedSettings';

interface Props {
  selection: SelectionSummary | null;
  library: StyleLibrary;
  /** Try the trained style in Colorize before saving it. */
  onTry: (style: StyleFile) => void;
  backend: BackendChoice | null;
  ensureBackendAsync: () => Promise<BackendChoice>;
  reportError: (message: string) => void;
}

export function TrainTab({ selection, library, onTry, backend, ensureBackendAsync, reportError }: Props) {
  const [settings, setSettings] = useRememberedSettings<'train', TrainSettingsValue>('train', DEFAULT_TRAIN_SETTINGS);
  const [phase, setPhase] = useState<TrainPhase>({ kind: 'idle' });
  const [cancelling, setCancelling] = useState(false);
  const [status, setStatus] = useState('');
  const [runId, setRunId] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // The last recommended-model run of this session, to set beside an original-study run on the same art and seed
  // (the same art and seed hold out the same image).
  const lastRecommended = useRef<(ComparedColouring & { artKey: string; seed: number }) | null>(null);
  const [recommended, setRecommended] = useState<ComparedColouring | undefined>(undefined);

  useEffect(() => () => controller.current?.abort('cancelled' satisfies AbortReason), []);

  const usable = selection ? selection.images + selection.frames : 0;
  const running = phase.kind === 'reading' || phase.kind === 'training';
  const label = backend ? backendLabel(backend) : 'wasm';
  const estimate = useMemo(
    () => (selection && selection.items.length > 0 ? estimateTraining(settings, selection.items, label) : null),
    [settings, selection, label],
  );
  const maxTextureSide = backend?.name === 'webgl' ? backend.maxTextureSide : undefined;
  const check = useMemo(
    () =>
      checkTrainSettings(settings, estimate ?? estimateTraining(settings, [], label), {
        freeBytes: library.quotaBytes - library.bytesUsed,
        quotaBytes: library.quotaBytes,
        maxTextureSide,
      }),
    [settings, estimate, label, library, maxTextureSide],
  );

  const changeSettings = (next: TrainSettingsValue) => {
    // Only valid settings are remembered: the sandbox refuses the rest.
    const valid = checkTrainSettings(next, estimateTraining(next, [], label), { freeBytes: Infinity, quotaBytes: library.quotaBytes }).problems.length === 0;
    setSettings(next, valid);
  };

  const train = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setCancelling(false);
    setStatus('');
    const artKey = selection?.items.map((item) => item.nodeId).join(',') ?? '';
    const ran = settings;
    try {
      const backendNow = await ensureBackendAsync();
      const {
        phase: last,
        error,
        status: ended,
      } = await trainJobAsync({
        settings,
        name: nameFromArt(selection?.items.map((item) => item.name) ?? []),
        backend: backendNow,
        expectedItems: usable,
        signal: abort.signal,
        onPhase: setPhase,
        onProblem: reportError,
      });
      const known = lastRecommended.current;
      setRecommended(ran.preset === 'seed' && known && known.artKey === artKey && known.seed === ran.seed ? known : undefined);
      if (last.kind === 'done' && ran.preset === 'fcn' && Number.isFinite(last.style.training.testAccuracy)) {
        lastRecommended.current = {
          artKey,
          seed: ran.seed,
          label: 'Recommended',
          accuracy: last.style.training.testAccuracy,
          colorized: last.heldOut?.colorized,
        };
      }
      setPhase(last);
      setStatus(ended ?? '');
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
      <TrainSettings
        value={settings}
        onChange={changeSettings}
        disabled={running}
        estimate={estimate}
        check={check}
        quotaBytes={library.quotaBytes}
        backendName={backendDisplayName(label)}
      />
      <div class="row">
        <button type="button" class="button primary" onClick={train} disabled={running || usable === 0 || !backend || check.problems.length > 0}>
          Train
        </button>
        {!running && usable === 0 && <span class="muted">Select colour art first.</span>}
      </div>
      {status && !running && (
        <p class="callout" role="status" data-testid="train-status">
          {status}
        </p>
      )}
      {phase.kind === 'reading' && (
        <section class="section sticky" aria-label="Reading art">
          <div class="row">
            <strong class="grow" role="status">
              Reading art {phase.done} of {phase.total}…
            </strong>
            <button type="button" class="button small" onClick={cancel}>
              Cancel
            </button>
          </div>
          <ProgressBar value={phase.total ? phase.done / phase.total : 0} label="Reading art" />
        </section>
      )}
      {phase.kind === 'training' && (
        <TrainingProgressView
          history={phase.history}
          step={phase.step}
          steps={phase.steps}
          epochs={settings.epochs}
          secondsRemaining={phase.secondsRemaining}
          backend={backend}
          onCancel={cancel}
          cancelling={cancelling}
        />
      )}
      {phase.kind === 'done' && (
        <TrainResultView
          key={runId}
          style={phase.style}
          notices={phase.notices}
          history={phase.history}
          heldOut={phase.heldOut}
          recommended={recommended}
          quotaBytes={library.quotaBytes}
          onTry={onTry}
          reportError={reportError}
        />
      )}
    </>
  );
}
