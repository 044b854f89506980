import { type HeldOutExample, STYLE_FORMAT, type StyleFile } from '../../core/index';
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
import { computeWorker, WorkerEndedError } from '../worker/ComputeWorker';
import type { WorkerJobEnd } from '../worker/workerMessages';
import type { TrainSettingsValue } from './TrainSettingsValue';

/** Training reads art at most this big: plenty for a 64 px working size, and bounded memory. */
export const TRAIN_MAX_SIDE = 512;
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
 * style in the compute worker (so the panel never freezes), and keep what is
 * trustworthy when it stops early. Ends in a 'done'
 * phase (a style, perhaps from an earlier epoch, with notices) or 'idle'; a
 * failure the designer must hear about comes back as `error`.
 */
export async function trainJobAsync(job: TrainJob): Promise<TrainJobEnd> {
  const { settings, backend, onPhase, onProblem } = job;
  // One signal for both ways a run ends early: Cancel, and a lost GPU.
  const { controller, release } = abortOnContextLost(job.signal);
  const signal = controller.signal;
  const notices: string[] = [];
  let history: TrainProgress[] = [];
  // Epochs whose weights were read while the GPU was still alive: a read of a
  // lost context returns zeros, so a style finished after the loss is not trusted.
  let trustedEpochs = 0;
  // The style after the last trusted epoch, kept here too: a Cancel that has to end the worker mid-step loses nothing finished.
  let lastTrustedStyle: StyleFile | undefined;
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
    const end = await computeWorker().runAsync(
      {
        type: 'TRAIN',
        images,
        options: {
          name: job.name,
          k: settings.k,
          // The working size is the fcn's crop side; the seed preset keeps its own small S (16).
          size: settings.preset === 'fcn' ? settings.size : undefined,
          epochs: settings.epochs,
          preset: settings.preset,
          seed: settings.seed,
          backend: backendLabel(backend),
        },
      },
      {
        signal,
        // The art is handed over, not copied: the panel has no more use for it.
        transfer: [...new Set(images.map((image) => image.data.buffer as ArrayBuffer))],
        onEvent: (event) => {
          if (event.type === 'NOTICE') notices.push(event.message);
          else if (event.type === 'STEP') {
            const { step, steps } = event;
            if (step === 1) firstStepAt = performance.now();
            else secondsRemaining = ((performance.now() - firstStepAt) / 1000 / (step - 1)) * (steps - step);
            stepNow = step;
            stepsNow = steps;
            onPhase({ kind: 'training', history, step, steps, secondsRemaining });
          } else {
            if (event.trusted) {
              trustedEpochs = event.progress.epoch;
              lastTrustedStyle = event.style;
            }
            history = [...history, event.progress];
            onPhase({ kind: 'training', history, step: stepNow, steps: stepsNow, secondsRemaining });
          }
        },
      },
    );
    const { style, notices: finalNotices, heldOut } = trainResultOf(end);
    if (style.training.epochs > trustedEpochs) return { phase: { kind: 'idle' }, error: LOST_UNTRUSTED };
    return { phase: { kind: 'done', style, notices: [...new Set([...notices, ...finalNotices])], history, heldOut } };
  } catch (thrown) {
    let error = thrown;
    if (error instanceof WorkerEndedError) {
      if (error.reason === 'context-lost') return { phase: { kind: 'idle' }, error: LOST_AND_STUCK };
      // Ended mid-step: what the last finished epoch made is kept, as when training stops by itself.
      error = Object.assign(new Error(error.message), { name: 'TrainingStoppedError', reason: 'cancelled', lastGoodStyle: lastTrustedStyle });
    }
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
    release();
  }
}

/** The trained style from the worker's answer; a stop is thrown as core's TrainingStoppedError (by shape), a failure as an Error. */
function trainResultOf(end: WorkerJobEnd): { style: StyleFile; notices: readonly string[]; heldOut?: HeldOutExample } {
  if (end.type === 'FAILED') throw new Error(end.message);
  if (end.type === 'STOPPED') {
    const stopped = Object.assign(new Error(end.message), {
      name: 'TrainingStoppedError',
      reason: end.reason,
      lastGoodStyle: end.lastGoodStyle,
      cause: end.cause,
    });
    throw stopped;
  }
  const result = end.result as { style?: StyleFile; notices?: unknown; heldOut?: HeldOutExample } | null;
  if (!result?.style || result.style.format !== STYLE_FORMAT || !Array.isArray(result.notices))
    throw new Error('The compute worker answered training with something that is not a style.');
  const heldOut =
    result.heldOut && isImage(result.heldOut.gray) && isImage(result.heldOut.colorized) && isImage(result.heldOut.original) ? result.heldOut : undefined;
  return { style: result.style, notices: result.notices.filter((n): n is string => typeof n === 'string').slice(0, 50), heldOut };
}

function isImage(image: Rgba8Image | undefined): boolean {
  return !!image && Number.isSafeInteger(image.width) && Number.isSafeInteger(image.height) && image.data?.length === image.width * image.height * 4;
}
