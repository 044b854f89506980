import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_EPOCHS, trainStyle, type StyleFile } from '../../core/index';
import type { SelectionSummary } from '../../core/protocol/messages';
import type { Rgba8Image, TrainProgress } from '../../core/types';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { backendLabel } from '../lib/backendLabel';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { errorMessage } from '../../core/errorMessage';
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
/** How long to wait for training to stop by itself after the GPU is lost. */
const LOST_GRACE_MS = 10_000;
const LOST_AND_STUCK = 'The GPU dropped its WebGL context and training could not be stopped cleanly, so no weights could be kept. Train again: the next run uses the CPU.';
const LOST_UNTRUSTED = 'The GPU dropped its WebGL context while the last epoch was being saved, so its weights cannot be trusted. Train again: the next run uses the CPU.';

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
}

export function TrainTab({ selection, backend, ensureBackendAsync, reportError }: Props) {
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
    // A lost GPU aborts with reason 'context-lost'; trainStyle then stops with the last good weights.
    // If a read of the lost context still hangs, stop waiting for it after a while.
    let rejectLost: (error: Error) => void = () => undefined;
    const lostTimeout = new Promise<never>((_, reject) => { rejectLost = reject; });
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    let lostThisRun = false;
    const stopWatching = onWebglContextLost(() => {
      lostThisRun = true;
      abort.abort('context-lost');
      lostTimer = setTimeout(() => rejectLost(new Error(LOST_AND_STUCK)), LOST_GRACE_MS);
    });
    const notices: string[] = [];
    let history: TrainProgress[] = [];
    // Epochs whose weights were read while the GPU was still alive: a read of a
    // lost context returns zeros, so a style finished after the loss is not trusted.
    let trustedEpochs = 0;
    let gl: WebGLRenderingContext | undefined;
    const contextAlive = () => gl === undefined || (!lostThisRun && !gl.isContextLost());
    try {
      const running = await ensureBackendAsync();
      gl = running.gl;
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
      // The ETA counts from the first step: palette extraction and shader compilation come before it.
      let firstStepAt = NaN;
      let secondsRemaining = NaN;
      let stepNow = 0;
      let stepsNow = 0;
      setPhase({ kind: 'training', history, step: 0, steps: 0, secondsRemaining });
      const training = trainStyle(
        images,
        {
          name: `Style ${new Date().toLocaleDateString()}`,
          k: settings.k,
          // The working size is the fcn's crop side; the seed preset keeps its own small S (16).
          size: settings.preset === 'fcn' ? settings.size : undefined,
          epochs: settings.epochs,
          preset: settings.preset,
          seed: settings.seed,
          backend: backendLabel(running),
        },
        {
          signal: abort.signal,
          onNotice: (notice) => notices.push(notice),
          onStep: (step, steps) => {
            if (step === 1) firstStepAt = performance.now();
            else secondsRemaining = ((performance.now() - firstStepAt) / 1000 / (step - 1)) * (steps - step);
            stepNow = step;
            stepsNow = steps;
            setPhase({ kind: 'training', history, step, steps, secondsRemaining });
          },
          onProgress: (progress) => {
            if (contextAlive()) trustedEpochs = progress.epoch;
            history = [...history, progress];
            setPhase({ kind: 'training', history, step: stepNow, steps: stepsNow, secondsRemaining });
          },
        },
      );
      const { style, notices: finalNotices } = await Promise.race([training, lostTimeout]);
      if (style.training.epochs > trustedEpochs) throw new Error(LOST_UNTRUSTED);
      setPhase({ kind: 'done', style, notices: [...new Set([...notices, ...finalNotices])], history });
    } catch (error) {
      const trusted = history.filter((p) => p.epoch <= trustedEpochs);
      if (isTrainingStopped(error)) {
        const lastGood = error.lastGoodStyle && error.lastGoodStyle.training.epochs <= trustedEpochs ? error.lastGoodStyle : undefined;
        const why =
          error.reason === 'cancelled' ? 'Training cancelled.'
          : error.reason === 'context-lost' ? 'The GPU dropped its WebGL context, so training stopped.'
          : error.message.replace(/\s*The (last good )?weights[^.]*kept[^.]*\./, '');
        if (lastGood) {
          const kept = `${why} The style as it was after epoch ${lastGood.training.epochs} of ${history[0]?.epochs ?? lastGood.training.epochs} is kept below: save it, or train again${error.reason === 'context-lost' ? ' (on the CPU)' : ''}.`;
          setPhase({ kind: 'done', style: lastGood, notices: [kept, ...notices], history: trusted });
        } else {
          setPhase({ kind: 'idle' });
          if (error.reason !== 'cancelled') reportError(`${why} No epoch had finished yet; train again.`);
        }
      } else if (error instanceof Error && (error.message === LOST_AND_STUCK || error.message === LOST_UNTRUSTED)) {
        setPhase({ kind: 'idle' });
        reportError(error.message);
      } else if (abort.signal.aborted) {
        setPhase({ kind: 'idle' });
      } else {
        setPhase({ kind: 'idle' });
        reportError(errorMessage(error));
      }
    } finally {
      clearTimeout(lostTimer);
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
        <TrainResultView key={runId} style={phase.style} notices={phase.notices} reportError={reportError} />
      )}
    </>
  );
}
