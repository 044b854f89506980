import type { HintSources } from './HintSources';
import type { PriorRows } from './priorRowsOf';
import type * as tf from '../tf/tf';
import type { ModelConfig } from '../types';

/**
 * What the host knows about every pixel of one (padded) image or batch, from
 * which a model's input channels are built. A new kind of input (colour
 * hints, say) adds a field here and a channel to INPUT_CHANNELS.
 */
export interface InputSources {
  /** [pixels] gray in [0, 1], row-major (a batch is its crops one after another). */
  readonly gray: Float32Array;
  /** The style's context-free prior table, 256 gray levels × K log-probabilities (see buildPrior). */
  readonly prior?: Float32Array;
  /** Colour hints of these pixels, for a model that takes them (see hintChannel, priorRowsOf). */
  readonly hints?: HintSources;
  /** K × K: how each hinted colour steers the pixels no hint reaches, for a style with hintHues (see hintKinship). */
  readonly kinship?: Float32Array;
  /** Every pixel's prior row, hints mixed in (see priorRowsOf): made by buildModelInputs from `prior` and `hints`. */
  readonly priorRows?: PriorRows;
}

/** A model's per-pixel inputs, built on the host (see buildModelInputs). */
export interface ModelInputs {
  readonly pixels: number;
  /** Channels per pixel of `input`: inputChannelCount(config, k). */
  readonly channels: number;
  /** [pixels × channels]: the first layer's input, channels in INPUT_CHANNELS order. */
  readonly input: Float32Array;
  /** [pixels × K] log P(colour | gray), added to the logits; present when the model has a prior. */
  readonly logPrior?: Float32Array;
}

/** ModelInputs as tensors, the shape forward takes. */
export interface ModelInputTensors {
  /** [N, H, W, channels]. */
  readonly input: tf.Tensor4D;
  /** [N, H, W, K]. */
  readonly logPrior?: tf.Tensor4D;
}

/**
 * One kind of per-pixel input. Each writes its own channels of every pixel
 * into the interleaved input, at `offset` within each pixel's `stride`
 * values. Channels are built on the host rather than in the graph: on wasm,
 * GatherV2, Exp and Concat doing the prior's lookup in the graph took a
 * fifth of a 1024² colorize.
 */
export interface InputChannel {
  readonly name: string;
  /** How many channels it gives this model (0: the model does not use it). */
  count(config: ModelConfig, k: number): number;
  write(sources: InputSources, k: number, out: Float32Array, stride: number, offset: number): void;
}
