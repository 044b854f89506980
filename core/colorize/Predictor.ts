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
}
