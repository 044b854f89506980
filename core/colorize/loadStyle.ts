import { PRIOR_WEIGHT } from '../inputs/buildPrior';
import { hintKinship } from '../inputs/hintKinship';
import type { StyleFile } from '../style/StyleFile';
import * as tf from '../tf/tf';
import type { Predictor } from './Predictor';
import { shadingTable } from './shadingTable';

/**
 * A style with its network weights uploaded as tensors, so a batch of
 * images is colorized with one upload. It owns the tensors: dispose() it.
 */
export interface LoadedStyle extends Predictor {
  readonly style: StyleFile;
  /** The shading painter's K × 256 × 3 table (see shadingTable), made on first use. */
  shadingTable(): Uint8Array;
  dispose(): void;
}

/** Upload a style's network weights; the prior table stays on the host (see buildModelInputs). */
export function loadStyle(style: StyleFile): LoadedStyle {
  const weights = new Map(style.weights.filter((w) => w.name !== PRIOR_WEIGHT).map((w) => [w.name, tf.tensor(w.data, [...w.shape], 'float32')]));
  const prior = style.weights.find((w) => w.name === PRIOR_WEIGHT)?.data;
  let shading: Uint8Array | undefined;
  const { model } = style;
  const kinship = model.preset === 'fcn' && model.hintHues ? hintKinship(style.palette, model.hintHues) : undefined;
  return {
    style,
    config: style.model,
    palette: style.palette,
    weights,
    ...(prior ? { prior } : {}),
    ...(kinship ? { kinship } : {}),
    learntSide: style.training.maxSide,
    lookup: style.lookup,
    shadingTable: () => (shading ??= shadingTable(style.palette)),
    dispose() {
      for (const t of weights.values()) t.dispose();
      weights.clear();
    },
  };
}

/** Whether `style` is already loaded (see loadStyle) rather than a plain style file. */
export function isLoadedStyle(style: StyleFile | LoadedStyle): style is LoadedStyle {
  return typeof (style as LoadedStyle).dispose === 'function';
}
