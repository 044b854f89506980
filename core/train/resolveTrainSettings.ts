import { assertTrainable } from '../limits/assertTrainable';
import { defaultFcnConfig, defaultSeedConfig } from '../model/defaultConfigs';
import type { FcnConfig, ModelConfig } from '../types';
import type { AdadeltaOptions } from './createAdadelta';
import type { TrainOptions } from './TrainOptions';

export const DEFAULT_EPOCHS = 10;

/** Every training setting with its default filled in and checked: what trainStyle, `hueprint eval` and the bench all train with. */
export interface TrainSettings {
  readonly config: ModelConfig;
  /** Requested palette size. */
  readonly k: number;
  readonly maxSide: number;
  readonly padToSquare: boolean;
  readonly epochs: number;
  /** Side of the square training crops (S for the seed preset). */
  readonly cropSize: number;
  readonly batchSize: number;
  readonly seed: number;
  readonly testFraction: number;
  readonly rebalance: boolean;
  /** See TrainOptions.keepHeldOutUnseen. */
  readonly keepHeldOutUnseen: boolean;
  readonly adadelta?: AdadeltaOptions;
}

/** Fills in the defaults of `options` and checks them, with a message that says what to give instead. */
export function resolveTrainSettings(options: TrainOptions): TrainSettings {
  const config = resolveConfig(options);
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`Epochs must be a whole number ≥ 1, got ${epochs}.`);
  const cropSize = config.preset === 'seed' ? config.size : (options.size ?? 64);
  const batchSize = options.batchSize ?? 8;
  // Before any work: options the style format could not hold, or a step that would not fit in memory.
  assertTrainable(config, options.palette?.frequency.length ?? options.k ?? 32, cropSize, batchSize);
  return {
    config,
    k: options.k ?? 32,
    maxSide: options.maxSide ?? 256,
    padToSquare: !!options.padToSquare,
    epochs,
    cropSize,
    batchSize,
    seed: options.seed ?? 1,
    testFraction: options.testFraction ?? 0.3,
    rebalance: !!options.rebalance,
    keepHeldOutUnseen: !!options.keepHeldOutUnseen,
    ...(options.adadelta ? { adadelta: options.adadelta } : {}),
  };
}

function resolveConfig(options: TrainOptions): ModelConfig {
  const preset = options.preset ?? 'fcn';
  if (preset === 'fcn') {
    const config: FcnConfig = { ...defaultFcnConfig, ...(options.model as object), preset: 'fcn' };
    if (config.hints && !config.prior) throw new RangeError('A model that takes hints needs the prior (hints are mixed into it).');
    return config;
  }
  if (preset === 'seed') return { ...defaultSeedConfig, ...(options.model as object), ...(options.size ? { size: options.size } : {}), preset: 'seed' };
  throw new RangeError(`Unknown preset "${String(preset)}". Use "fcn" (default) or "seed".`);
}
