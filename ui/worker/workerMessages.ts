/**
 * The protocol between the UI iframe and its compute worker (ui/worker/), the
 * Web Worker that owns TensorFlow.js so training and colorizing never block
 * the panel. Both ends are the same bundle, but what the UI reads back is
 * still checked and bounded (parseWorkerReply) before anything acts on it.
 *
 * Images and typed arrays travel by structured clone; big buffers are
 * transferred. Every job carries a `jobId` that its replies echo.
 *
 * UI → worker:
 * - START: choose the backend (WebGL on a real GPU, else WebAssembly, else cpu); answered by BACKEND.
 *   `allowSoftwareWebgl`: keep WebGL even on a software renderer (tests only).
 * - TRAIN: trainStyle over decoded art; STEP / PROGRESS / NOTICE while it runs, then DONE, STOPPED or FAILED.
 * - COLORIZE: colorizeImage; DONE with the ColorizeResult. `batchId`: keep the style's weights
 *   uploaded for the next COLORIZE of the same batch, until RELEASE_BATCH.
 * - COLORIZE_SHAPES: colorizeShapes; DONE with the ShapeColours.
 * - RELEASE_BATCH: free the weights kept for that batch.
 * - CANCEL: abort a job's signal with `reason`; the job answers STOPPED or FAILED as it stops.
 * - LOSE_CONTEXT_FOR_TEST: drop the WebGL context as a GPU reset does (the harness's test hook); answered by LOST_FOR_TEST.
 * - COUNT_TENSORS: tf.memory().numTensors in the worker (tests check jobs leave none behind); answered by TENSORS.
 *
 * worker → UI:
 * - BACKEND: the backend in use (after START, and again when a lost WebGL context made it fall back).
 * - CONTEXT_LOST: the WebGL context is gone; running jobs are being stopped.
 * - STEP, PROGRESS, NOTICE: a training job's progress. PROGRESS carries the style as it stands after that epoch, so a
 *   worker ended by a Cancel loses nothing finished; `trusted`: its weights were read while the GPU was alive.
 * - DONE: a job's result. STOPPED: training ended early (TrainingStoppedError, by shape). FAILED: a job threw.
 */
import type { StopReason } from '../../core/train/TrainingStoppedError';
import type { StyleFile } from '../../core/style/StyleFile';
import type { TrainOptions } from '../../core/train/TrainOptions';
import type { BackendName, ColorizeMode, Rgba8Image, TrainProgress } from '../../core/types';
import type { ShapeHints, ShapeMap } from '../../core/vector/ShapeMap';

/** Why WebGL is not the backend: none there, a software renderer (slower than wasm), or its context lost. */
export type FallbackCause = 'unavailable' | 'software-webgl' | 'lost';

/** The backend the worker runs, as the panel shows it. */
export interface BackendReport {
  readonly name: BackendName;
  /** Set when a faster backend was passed over; the badge words it. */
  readonly fallback?: FallbackCause;
  /** WebGL drawn by a software renderer (SwiftShader, llvmpipe): works, but slowly. */
  readonly software: boolean;
  /** Why a faster backend was not used, for the designer. */
  readonly fallbackReason?: string;
  /** WebGL's largest texture side, for the settings check. */
  readonly maxTextureSide?: number;
}

/** Why a job's signal fired (see ui/jobs/AbortReason). */
export type WorkerAbortReason = 'cancelled' | 'context-lost';

export type WorkerRequest =
  | { readonly type: 'START'; readonly allowSoftwareWebgl: boolean }
  | {
      readonly type: 'TRAIN';
      readonly jobId: number;
      readonly images: readonly Rgba8Image[];
      readonly options: TrainOptions;
    }
  | {
      readonly type: 'COLORIZE';
      readonly jobId: number;
      readonly style: StyleFile;
      readonly batchId?: number;
      readonly image: Rgba8Image;
      readonly options: { readonly mode: ColorizeMode; readonly hints?: Rgba8Image; readonly uncertainty?: boolean; readonly art?: Rgba8Image };
    }
  | {
      readonly type: 'COLORIZE_SHAPES';
      readonly jobId: number;
      readonly style: StyleFile;
      readonly gray: Rgba8Image;
      readonly shapeMap: ShapeMap;
      readonly options: { readonly mode: ColorizeMode; readonly hints?: ShapeHints; readonly levels?: Uint8Array; readonly twinMap?: ShapeMap };
    }
  | { readonly type: 'RELEASE_BATCH'; readonly batchId: number }
  | { readonly type: 'CANCEL'; readonly jobId: number; readonly reason: WorkerAbortReason }
  | { readonly type: 'LOSE_CONTEXT_FOR_TEST' }
  | { readonly type: 'COUNT_TENSORS' };

export type WorkerReply =
  | { readonly type: 'BACKEND'; readonly backend: BackendReport }
  | { readonly type: 'CONTEXT_LOST' }
  | { readonly type: 'LOST_FOR_TEST'; readonly lost: boolean }
  | { readonly type: 'TENSORS'; readonly numTensors: number }
  | { readonly type: 'STEP'; readonly jobId: number; readonly step: number; readonly steps: number }
  | { readonly type: 'PROGRESS'; readonly jobId: number; readonly progress: TrainProgress; readonly style: StyleFile; readonly trusted: boolean }
  | { readonly type: 'NOTICE'; readonly jobId: number; readonly message: string }
  | { readonly type: 'DONE'; readonly jobId: number; readonly result: unknown }
  | {
      readonly type: 'STOPPED';
      readonly jobId: number;
      readonly reason: StopReason;
      readonly message: string;
      readonly lastGoodStyle?: StyleFile;
      /** What went wrong underneath, in words (for 'failed'). */
      readonly cause?: string;
    }
  | { readonly type: 'FAILED'; readonly jobId: number; readonly message: string };

/** Replies that end a job. */
export type WorkerJobEnd = Extract<WorkerReply, { type: 'DONE' | 'STOPPED' | 'FAILED' }>;
