import { type HeldOutExample, trainStyle, type StyleFile } from '../../core/index';
import { errorMessage } from '../../core/errorMessage';
import type { Rgba8Image, TrainProgress } from '../../core/types';
import { backendLabel } from '../lib/backendLabel';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { decodeImageAsync } from '../lib/decodeImageAsync';
import { isTrainingStopped } from '../lib/isTrainingStopped';
import { readSelectionAsync } from '../lib/readSelectionAsync';
import { scaleToFit } from '../lib/scaleToFit';
import { abortReasonOf } from './AbortReason';
import { abortOnContextLost } from './abortOnContextLost';
import { describeTrainingStop } from './describeTrainingStop';
import type { TrainSettingsValue } from './TrainSettingsValue';

/** Training reads art at most this big: plenty for a 64 px working size, and bounded memory. */
export const TRAIN_MAX_SIDE = 512;
/** How long to wait for training to stop by itself after the GPU is lost. */
const LOST_GRACE_MS = 10_000;
const LOST_AND_STUCK =
  'The GPU dropped its WebGL context and training could not be stopped cleanly, so no weights could be kept. Train again: the next run uses the CPU.';
const LOST_UNTRUSTED =
  'The GPU dropped its WebGL context while the last epoch was being saved, so its weights cannot be trusted. Train again: the next run uses the CPU.';

/** Where a training run is, for the tab to render. */
export type TrainPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'training'; history: readonly TrainProgress[]; step: number; steps: number; secondsRemaining: number }
  | { kind: 'done'; style: StyleFile; notices: readonly string[]; history: readonly TrainProgress[]; heldOut?: HeldOutExample };

export interface TrainJob {
  readonly settings: TrainSettingsValue;
  /** The style's default name (from the art's layer names). */
  readonly name: string;
  /** The running backend (the caller ensured it). */
  readonly backend: BackendChoice;
  /** Usable items in the selection, for the first "Reading art 0 of N". */
  readonly expectedItems: number;
  /** Abort with 'cancelled' to stop; the style of the last finished epoch is kept. */
  readonly signal: AbortSignal;
  readonly onPhase: (phase: TrainPhase) => void;
  /** A problem the designer should see that does not stop the run (an unreadable image). */
  readonly onProblem: (message: string) => void;
}

/** How a run ended: the phase to show, an error to report, and a status line (a cancel says so). */
export interface TrainJobEnd {
  readonly phase: TrainPhase;
  readonly error?: string;
  readonly status?: string;
}

const CANCELLED_EARLY = 'Training cancelled before its first epoch finished, so there is no style to keep.';

/**
 * One training run: read the selection's art, decode and scale it, train a
 * style, and keep what is trustworthy when it stops early. Ends in a 'done'
 * phase (a style, perhaps from an earlier epoch, with notices) or 'idle'; a
 * failure the designer must hear about comes back as `error`.
 */
export async function trainJobAsync(job: TrainJob): Promise<TrainJobEnd> {
  const { settings, backend, onPhase, onProblem } = job;
  // One signal for both ways a run ends early: Cancel, and a lost GPU.
  const { controller, release } = abortOnContextLost(job.signal);
  const signal = controller.signal;
  // If a read of the lost context still hangs, stop waiting for it after a while.
  const stuck = new AbortController();
  let stuckTimer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => {
    if (signal.reason === 'context-lost') stuckTimer = setTimeout(() => stuck.abort(), LOST_GRACE_MS);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const notices: string[] = [];
  let history: TrainProgress[] = [];
  // Epochs whose weights were read while the GPU was still alive: a read of a
  // lost context returns zeros, so a style finished after the loss is not trusted.
  let trustedEpochs = 0;
  const gl = backend.gl;
  const contextAlive = () => gl === undefined || (signal.reason !== 'context-lost' && !gl.isContextLost());
  try {
    onPhase({ kind: 'reading', done: 0, total: job.expectedItems });
    const images: Rgba8Image[] = [];
    const result = await readSelectionAsync(
      TRAIN_MAX_SIDE,
      async (message) => {
        try {
          const decoded = await decodeImageAsync(message.bytes, message.item.name);
          images.push(scaleToFit(decoded, TRAIN_MAX_SIDE, true));
        } catch (error) {
          // One unreadable image must not cost the designer the rest: report it and go on.
          onProblem(errorMessage(error));
        }
        onPhase({ kind: 'reading', done: message.index + 1, total: message.total });
      },
      signal,
    );
    if (images.length === 0) {
      const why = result.skipped.length > 0 ? ` (${result.skipped.length} selected layer${result.skipped.length === 1 ? '' : 's'} could not be used)` : '';
      throw new Error(`Nothing to learn from${why}. Select frames or images with your colour art, then click Train.`);
    }
    // The ETA counts from the first step: palette extraction and shader compilation come before it.
    let firstStepAt = NaN;
    let secondsRemaining = NaN;
    let stepNow = 0;
    let stepsNow = 0;
    onPhase({ kind: 'training', history, step: 0, steps: 0, secondsRemaining });
    const training = trainStyle(
      images,
      {
        name: job.name,
        k: settings.k,
        // The working size is the fcn's crop side; the seed preset keeps its own small S (16).
        size: settings.preset === 'fcn' ? settings.size : undefined,
        epochs: settings.epochs,
        preset: settings.preset,
        seed: settings.seed,
        backend: backendLabel(backend),
      },
      {
        signal,
        onNotice: (notice) => notices.push(notice),
        onStep: (step, steps) => {
          if (step === 1) firstStepAt = performance.now();
          else secondsRemaining = ((performance.now() - firstStepAt) / 1000 / (step - 1)) * (steps - step);
          stepNow = step;
          stepsNow = steps;
          onPhase({ kind: 'training', history, step, steps, secondsRemaining });
        },
        onProgress: (progress) => {
          if (contextAlive()) trustedEpochs = progress.epoch;
          history = [...history, progress];
          onPhase({ kind: 'training', history, step: stepNow, steps: stepsNow, secondsRemaining });
        },
      },
    );
    const { style, notices: finalNotices, heldOut } = await untilStuck(training, stuck.signal);
    if (style.training.epochs > trustedEpochs) return { phase: { kind: 'idle' }, error: LOST_UNTRUSTED };
    return { phase: { kind: 'done', style, notices: [...new Set([...notices, ...finalNotices])], history, heldOut } };
  } catch (error) {
    if (stuck.signal.aborted) return { phase: { kind: 'idle' }, error: LOST_AND_STUCK };
    if (isTrainingStopped(error)) {
      const trusted = history.filter((p) => p.epoch <= trustedEpochs);
      const lastGood = error.lastGoodStyle && error.lastGoodStyle.training.epochs <= trustedEpochs ? error.lastGoodStyle : undefined;
      const why = describeTrainingStop(error.reason, error.cause);
      if (lastGood) {
        const kept = `${why} The style as it was after epoch ${lastGood.training.epochs} of ${history[0]?.epochs ?? lastGood.training.epochs} is kept below: save it, or train again${error.reason === 'context-lost' ? ' (on the CPU)' : ''}.`;
        return { phase: { kind: 'done', style: lastGood, notices: [kept, ...notices], history: trusted }, status: why };
      }
      if (error.reason === 'cancelled') return { phase: { kind: 'idle' }, status: CANCELLED_EARLY };
      return { phase: { kind: 'idle' }, error: `${why} No epoch had finished yet; train again.` };
    }
    if (signal.aborted) return { phase: { kind: 'idle' }, status: abortReasonOf(signal) === 'cancelled' ? CANCELLED_EARLY : undefined };
    return { phase: { kind: 'idle' }, error: errorMessage(error) };
  } finally {
    clearTimeout(stuckTimer);
    signal.removeEventListener('abort', onAbort);
    release();
  }
}

/** `promise`, or a rejection once `stuck` aborts (training that cannot stop on a lost GPU). */
function untilStuck<T>(promise: Promise<T>, stuck: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onStuck = () => reject(new Error(LOST_AND_STUCK));
    stuck.addEventListener('abort', onStuck, { once: true });
    promise.then(resolve, reject).finally(() => stuck.removeEventListener('abort', onStuck));
  });
}
