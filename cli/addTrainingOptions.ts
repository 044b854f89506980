import { type Command, Option } from 'commander';
import { DEFAULT_EPOCHS, type PresetName } from '../core';
import { wholeNumber } from './parseOptionValues';
import { seedPresetNote } from './seedPresetNote';

export interface TrainingOptionValues {
  readonly k: number;
  readonly size?: number;
  readonly epochs: number;
  readonly preset: PresetName;
  readonly seed: number;
  readonly rebalance: boolean;
  readonly maxSide: number;
  readonly padToSquare: boolean;
  readonly backend: 'auto' | 'wasm' | 'cpu';
  readonly quiet: boolean;
  readonly json: boolean;
}

/** The options every command that trains shares (train, eval). */
export function addTrainingOptions(command: Command): Command {
  return command
    .addOption(new Option('--k <n>', 'palette size: colours the art is clustered into (fewer if the art has fewer)').argParser(wholeNumber(1, 256)).default(32))
    .addOption(
      new Option(
        '--size <px>',
        'working size: side of the square crops the fcn trains on (default 64, a multiple of 4), or S of the seed preset (default 16)',
      ).argParser(wholeNumber(8, 4096)),
    )
    .addOption(new Option('--epochs <n>', 'passes over the training art').argParser(wholeNumber(1, 100000)).default(DEFAULT_EPOCHS))
    .addOption(new Option('--preset <name>', `architecture. ${seedPresetNote()}`).choices(['fcn', 'seed']).default('fcn'))
    .addOption(
      new Option('--seed <n>', 'random seed: the same seed and art give the same split, palette and model').argParser(wholeNumber(0, 2 ** 31 - 1)).default(1),
    )
    .addOption(new Option('--rebalance', 'weight rare colours up (Zhang et al. 2016): better small details, usually lower overall accuracy').default(false))
    .addOption(
      new Option('--max-side <px>', 'fcn: training art is scaled down so its longer side is at most this').argParser(wholeNumber(8, 4096)).default(256),
    )
    .addOption(new Option('--pad-to-square', 'pad art to a square with white first, as the original study did').default(false))
    .addOption(backendOption())
    .addOption(quietOption())
    .addOption(jsonOption());
}

export function backendOption(): Option {
  return new Option('--backend <name>', 'TensorFlow.js backend: auto (wasm, falling back to cpu), wasm or cpu (slow)')
    .choices(['auto', 'wasm', 'cpu'])
    .default('auto');
}

export function quietOption(): Option {
  return new Option('-q, --quiet', 'no progress output on stderr (errors still print)').default(false);
}

export function jsonOption(): Option {
  return new Option('--json', 'print the result as one JSON object on stdout (progress stays on stderr)').default(false);
}

export function forceOption(what: string): Option {
  return new Option('--force', `${what} (inputs are never replaced)`).default(false);
}
