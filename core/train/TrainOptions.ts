import type { Palette, PresetName, Rgba8Image, ModelConfig, TrainProgress, AbortSignalLike } from '../types';
import type { AdadeltaOptions } from './createAdadelta';
import type { StyleFile } from '../style/StyleFile';

export interface TrainOptions {
  readonly name?: string;
  /** Palette size; default 32. Art with fewer distinct colours gets fewer, with a notice. */
  readonly k?: number;
  /** Side of the square crops the fcn trains on (default 64), or S of the seed preset (default 16). */
  readonly size?: number;
  /** fcn: training art is scaled so its longer side is at most this (default 256). */
  readonly maxSide?: number;
  /** Pad art to a square with white before training, as the original study did (seed always does). */
  readonly padToSquare?: boolean;
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly preset?: PresetName;
  /** Overrides of the preset's architecture (width, depth, hidden, dropout). */
  readonly model?: Partial<Omit<ModelConfig, 'preset'>>;
  readonly seed?: number;
  /** Zhang et al. 2016 class rebalancing; default off (it trades accuracy for rare colours). */
  readonly rebalance?: boolean;
  /** Image-level held-out fraction; default 0.3. Ignored when testImages is given. */
  readonly testFraction?: number;
  /**
   * Keep the held-out images out of the palette and the final style too (default false: after
   * the held-out images have measured the style, the palette, the lookup, the prior and the last
   * epochs learn from them as well). `hueprint eval` and the bench set it, so that the saved
   * style can be scored on the held-out images honestly.
   */
  readonly keepHeldOutUnseen?: boolean;
  /** An explicit held-out set: then every image of `images` trains. */
  readonly testImages?: readonly Rgba8Image[];
  /** A palette computed beforehand, reused as is. */
  readonly palette?: Palette;
  /** Adadelta's settings; default learning rate 1.0, ρ 0.95, ε 1e-5 (see createAdadelta). */
  readonly adadelta?: AdadeltaOptions;
  /** Recorded in the style's report; the host knows which backend it set. */
  readonly backend?: string;
}

export interface TrainHooks {
  /** After every epoch, with the style as it stands then (a host that may have to stop training abruptly keeps it). */
  readonly onProgress?: (progress: TrainProgress, style: StyleFile) => void;
  /** After every step: for a smooth progress bar. */
  readonly onStep?: (step: number, steps: number) => void;
  readonly onNotice?: (message: string) => void;
  /** Abort to cancel. A reason of 'context-lost' is reported as such. */
  readonly signal?: AbortSignalLike;
}
