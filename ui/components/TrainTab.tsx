import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_EPOCHS, trainStyle, type StyleFile } from '../../core/index';
import type { SelectionSummary } from '../../core/protocol/messages';
import type { Rgba8Image, TrainProgress } from '../../core/types';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { errorMessage } from '../lib/errorMessage';
import { isTrainingStopped } from '../lib/isTrainingStopped';
import { readSelectionAsync } from '../lib/readSelectionAsync';
import { scaleToFit } from '../lib/scaleToFit';
import { onWebglContextLost } from '../lib/webglContextEvents';
import { ProgressBar } from './ProgressBar';
import { SelectionSummaryView } from './SelectionSummaryView';
import { TrainingChart } from './TrainingChart';
import { TrainingProgressView } from './TrainingProgressView';
import { TrainResultView } from './TrainResultView';
import { DEFAULT_TRAIN_SETTINGS, TrainSettings, type TrainSettingsValue } from './TrainSettings';

/** Training reads art at most this big: plenty for a 64 px working size, and bounded memory. */
const TRAIN_MAX_SIDE = 512;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'training'; history: readonly TrainProgress[]; step: number; steps: number; secondsRemaining: number }
  | { kind: 'done'; style: StyleFile; notices: readonly string[]; history: readonly TrainProgress[] };

interface Props {
  selection: SelectionSummary | null;
  backend: BackendChoice | null;
  ensureBackendAsync: () => Promise<BackendChoice>;
  reportError: (message: string) => void;
  onSaved: () => void;
}

export function TrainTab({ selection, backend, ensureBackendAsync, reportError, onSaved }: Props) {
  const [settings, setSettings] = useState<TrainSettingsValue>(DEFAULT_TRAIN_SETTINGS);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [cancelling, setCancelling] = useState(false);
  const [runId, setRunId] = useState(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const usable = selection ? selection.images + selection.frames : 0;
  const running = phase.kind === 'reading' || phase.kind === 'training';

  const train = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setCancelling(false);
    // trainStyle reports an abort whose reason is 'context-lost' as a lost GPU, keeping the last good weights.
    const stopWatching = onWebglContextLost(() => abort.abort('context-lost'));
    const notices: string[] = [];
    let history: TrainProgress[] = [];
    try {
      const running = await ensureBackendAsync();
      setPhase({ kind: 'reading', done: 0, total: usable });
      const images: Rgba8Image[] = [];
      const result = await readSelectionAsync(
        TRAIN_MAX_SIDE,
        async (message) => {
          try {
            const decoded = await decodeImageAsync(message.bytes, message.item.name);
            images.push(scaleToFit(decoded, TRAIN_MAX_SIDE, true));
          } catch (error) {
            // One unreadable image must not cost the designer the rest: report it and go on.
            reportError(errorMessage(error));
          }
          setPhase({ kind: 'reading', done: message.index + 1, total: message.total });
        },
        abort.signal,
      );
      if (images.length === 0) {
        const why = result.skipped.length > 0 ? ` (${result.skipped.length} selected node(s) could not be used)` : '';
        throw new Error(`Nothing to learn from${why}. Select frames or images with your colour art, then click Train.`);
      }
      const started = performance.now();
      let secondsRemaining = NaN;
      let stepNow = 0;
      let stepsNow = 0;
      setPhase({ kind: 'training', history, step: 0, steps: 0, secondsRemaining });
      const { style, notices: finalNotices } = await trainStyle(
        images,
        {
          name: `Style ${new Date().toLocaleDateString()}`,
          k: settings.k,
          size: settings.size,
          epochs: settings.epochs,
          preset: settings.preset,
          seed: settings.seed,
          backend: running.software ? `${running.name} (software)` : running.name,
        },
        {
          signal: abort.signal,
          onNotice: (notice) => notices.push(notice),
          onStep: (step, steps) => {
            // Until the first epoch ends, the step rate is the only estimate of the time left.
            secondsRemaining = ((performance.now() - started) / 1000 / step) * (steps - step);
            stepNow = step;
            stepsNow = steps;
            setPhase({ kind: 'training', history, step, steps, secondsRemaining });
          },
          onProgress: (progress) => {
            history = [...history, progress];
            setPhase({ kind: 'training', history, step: stepNow, steps: stepsNow, secondsRemaining });
          },
        },
      );
      setPhase({ kind: 'done', style, notices: [...new Set([...notices, ...finalNotices])], history });
    } catch (error) {
      if (isTrainingStopped(error)) {
        const why = error.reason === 'cancelled' ? 'Training cancelled.' : error.message;
        if (error.lastGoodStyle) {
          const kept = `${why.replace(/\s*The weights of the last finished epoch are kept\.?/, '')} The weights of the last finished epoch are kept below: save them, or train again.`;
          setPhase({ kind: 'done', style: error.lastGoodStyle, notices: [kept, ...notices], history });
        } else {
          setPhase({ kind: 'idle' });
          if (error.reason !== 'cancelled') reportError(`${why} No epoch had finished yet; train again.`);
        }
      } else if (abort.signal.aborted) {
        setPhase({ kind: 'idle' });
      } else {
        setPhase({ kind: 'idle' });
        reportError(errorMessage(error));
      }
    } finally {
      stopWatching();
      controller.current = null;
      setCancelling(false);
      setRunId((n) => n + 1);
    }
  };

  const cancel = () => {
    setCancelling(true);
    controller.current?.abort('cancelled');
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
        <TrainResultView key={runId} style={phase.style} notices={phase.notices} onSaved={onSaved} reportError={reportError} />
      )}
    </>
  );
}
