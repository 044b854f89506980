import type { WeightTensors } from '../model/forward';
import type { ModelConfig, Palette } from '../types';

/**
 * A model ready to predict: its architecture, palette, weights as tensors
 * and prior table. A loaded style is one (see loadStyle); so are the
 * averaged weights training scores every epoch.
 */
export interface Predictor {
  readonly config: ModelConfig;
  readonly palette: Palette;
  readonly weights: WeightTensors;
  /** 256 × K log P(colour | gray), when the model has a prior (see buildPrior). */
  readonly prior?: Float32Array;
  /** K × K, for a style with hintHues: how hinted colours steer the pixels no hint reaches (see hintKinship). */
  readonly kinship?: Float32Array;
  /**
   * The longest side the model learnt at (a style's training.maxSide): larger
   * images are predicted at this side and brought back to full resolution
   * (see predictPixelsAsync). Without it, every image is predicted at full resolution.
   */
  readonly learntSide?: number;
  /** 256 gray levels → palette index, the context-free lookup: the colour of detail too fine for the learnt scale. */
  readonly lookup?: Int32Array;
}
