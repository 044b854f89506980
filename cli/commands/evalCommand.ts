import { Command, Option } from 'commander';
import {
  evaluateStyle,
  extractTrainingPalette,
  resolveTrainSettings,
  splitTrainingArt,
  TrainingStoppedError,
  type ColorizerScores,
  type Rgba8Image,
} from '../../core';
import { setupBackend } from '../tf/setupBackend';
import { addTrainingOptions, type TrainingOptionValues } from '../addTrainingOptions';
import { CliError, EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_USAGE } from '../CliError';
import { collectImagePaths } from '../collectImagePaths';
import { formatNumber, formatPercent, toJson } from '../formatting';
import { heldOutFraction, wholeNumberList } from '../parseOptionValues';
import { evaluateHintSweep, type HintSweepRow } from '../../core/metrics/evaluateHintSweep';
import { readImages } from '../readImages';
import { trainWithProgress } from '../trainWithProgress';
import { cancelOnInterrupt } from '../cancelOnInterrupt';
import { createTrainProgress } from '../createTrainProgress';
import { trainOptionsFrom } from '../trainOptionsFrom';
import { evaluateSvgArtAsync } from '../svg/evaluateSvgArtAsync';
import { formatSvgEvaluation } from '../svg/formatSvgEvaluation';
import { isSvgPath } from '../svg/isSvgBytes';

interface EvalValues extends TrainingOptionValues {
  readonly trainDir?: string;
  readonly testDir?: string;
  readonly testFraction: number;
  readonly hints?: number[];
}

/** `hueprint eval <images…>` or `hueprint eval --train-dir A --test-dir B`: the evaluation instrument. */
export function evalCommand(): Command {
  const command = new Command('eval')
    .summary('train on a split and score model, lookup and oracle on held-out art')
    .description(
      'Measure how well a style learns: take the palette from the training images, train, then score the network, the ' +
        'gray→colour lookup baseline and the oracle (the true colour snapped to the palette, the ceiling of any palette ' +
        'colorizer) on held-out images: pixel accuracy, mean CIEDE2000 and PSNR, also on the foreground (non-background) pixels. ' +
        'The split is a seeded image-level split (--test-fraction, default 0.3), or explicit with --train-dir and --test-dir. ' +
        'Held-out SVG drawings are also turned gray, colorized as vectors (one palette colour per shape) and rendered: their ' +
        "CIEDE2000 beside the raster path's, flat and shading, and the share of shapes given the right palette colour. " +
        'With --json, stdout is one JSON object; a perfect PSNR (infinite) prints as null.',
    )
    .argument('[images...]', 'colour PNG or JPEG files, or folders of them, split into train and held-out images')
    .addOption(new Option('--train-dir <folder>', 'train on these images (needs --test-dir)'))
    .addOption(new Option('--test-dir <folder>', 'score on these images (needs --train-dir)'))
    .addOption(new Option('--test-fraction <x>', 'share of the images held out when splitting').argParser(heldOutFraction).default(0.3))
    .addOption(
      new Option(
        '--hints <counts>',
        'also score with colour hints: at each count (e.g. 0,1,2,5,10,20) the same seeded simulated hints per held-out image go to the model, ' +
          'the lookup, the paint bucket (lookup + flood fill of each hint over its same-gray region) and the oracle, with the share of the ' +
          'lookup → oracle foreground ΔE2000 gap each closes',
      ).argParser(wholeNumberList),
    );
  addTrainingOptions(command);
  return command.action(async (inputs: string[], values: EvalValues) => {
    const say = (message: string): void => {
      if (!values.quiet) process.stderr.write(`${message}\n`);
    };
    const explicit = values.trainDir !== undefined || values.testDir !== undefined;
    if (explicit && (values.trainDir === undefined || values.testDir === undefined)) {
      throw new CliError('--train-dir and --test-dir go together; give both, or neither and a folder to split.', EXIT_USAGE);
    }
    if (explicit && inputs.length > 0) throw new CliError('Give either images to split or --train-dir/--test-dir, not both.', EXIT_USAGE);
    if (!explicit && inputs.length === 0) throw new CliError('Give the art to evaluate on (a folder), or --train-dir and --test-dir.', EXIT_USAGE);

    let all: Rgba8Image[];
    let testImages: Rgba8Image[] | undefined;
    let allPaths: string[];
    let testPaths: string[] | undefined;
    if (explicit) {
      allPaths = await collectImagePaths([values.trainDir!]);
      testPaths = await collectImagePaths([values.testDir!]);
      all = await readImages(allPaths);
      testImages = await readImages(testPaths);
    } else {
      allPaths = await collectImagePaths(inputs);
      all = await readImages(allPaths);
      if (all.length < 2) throw new CliError('Evaluating needs at least 2 images, so that one can be held out.');
    }
    const backend = await setupBackend(values.backend, say);
    // The saved style is scored on the held-out images, so they must not train it (nor shape its palette).
    const options = {
      ...trainOptionsFrom(values, backend),
      keepHeldOutUnseen: true,
      ...(testImages ? { testImages } : { testFraction: values.testFraction }),
    };

    // The palette comes from the training images of trainStyle's own split, at the scale it learns from; timed on its own.
    let started = performance.now();
    let extracted: ReturnType<typeof extractTrainingPalette>;
    try {
      const settings = resolveTrainSettings(options);
      extracted = extractTrainingPalette(splitTrainingArt(all, settings, testImages), settings);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const paletteSeconds = (performance.now() - started) / 1000;
    if (extracted.notice) say(`note: ${extracted.notice}`);
    const k = extracted.palette.frequency.length;

    say(
      `Evaluating on ${all.length + (testImages?.length ?? 0)} images (${values.preset}, K = ${k}, ${values.epochs} epochs, seed ${values.seed}, ${backend} backend)`,
    );
    started = performance.now();
    let result: Awaited<ReturnType<typeof trainWithProgress>>;
    const progress = createTrainProgress({ epochs: values.epochs, quiet: values.quiet });
    const interrupt = new AbortController();
    const restore = cancelOnInterrupt(interrupt, progress.note, () => 'Stopping after the current step… (press Ctrl-C again to quit at once)');
    try {
      result = await trainWithProgress(all, { ...options, palette: extracted.palette }, progress, interrupt.signal);
    } catch (error) {
      if (error instanceof TrainingStoppedError) {
        throw new CliError(`${error.message} Nothing was measured.`, error.reason === 'cancelled' ? EXIT_INTERRUPTED : EXIT_FAILURE);
      }
      throw error;
    } finally {
      restore();
    }
    const trainSeconds = (performance.now() - started) / 1000;
    const heldOut = testImages ?? result.split.test.map((i) => all[i]);

    started = performance.now();
    const scores = await evaluateStyle(result.style, heldOut);
    let hintSweep: HintSweepRow[] | undefined;
    if (values.hints) {
      if (result.style.model.preset !== 'fcn' || !result.style.model.hints) say('note: this model does not take hints; its row is scored without them.');
      hintSweep = await evaluateHintSweep(result.style, heldOut, values.hints, values.seed);
    }
    const evaluateSeconds = (performance.now() - started) / 1000;
    // Held-out SVG drawings are also colorized as vectors and scored shape by shape.
    const heldOutSvgs = (testPaths ?? result.split.test.map((i) => allPaths[i])).filter(isSvgPath);
    const vector = heldOutSvgs.length > 0 ? await evaluateSvgArtAsync(result.style, heldOutSvgs) : undefined;

    const pick = (s: ColorizerScores) => ({
      accuracy: s.accuracy,
      accuracyForeground: s.accuracyForeground,
      deltaE00: s.deltaE00,
      deltaE00Foreground: s.deltaE00Foreground,
      psnr: s.psnr,
      psnrForeground: s.psnrForeground,
    });
    const report = {
      images: { train: result.style.training.images.train, test: heldOut.length },
      split: explicit ? { trainDir: values.trainDir, testDir: values.testDir } : { testFraction: values.testFraction, seed: values.seed },
      palette: { k, requested: values.k },
      preset: values.preset,
      model: pick(scores.model),
      lookup: pick(scores.lookup),
      oracle: pick(scores.oracle),
      ...(hintSweep
        ? {
            hints: hintSweep.map((row) => ({
              hints: row.hints,
              model: pick(row.model),
              lookup: pick(row.lookup),
              paintBucket: pick(row.paintBucket),
              oracle: pick(row.oracle),
              gapClosed: row.gapClosed,
            })),
          }
        : {}),
      epochs: result.style.training.epochs,
      size: result.style.training.size,
      maxSide: result.style.training.maxSide,
      rebalance: values.rebalance,
      seed: values.seed,
      backend,
      architecture: result.style.model,
      seconds: { palette: round(paletteSeconds), train: round(trainSeconds), evaluate: round(evaluateSeconds) },
      notices: result.notices,
      ...(vector ? { vector } : {}),
    };
    say(
      `model ${formatPercent(scores.model.accuracy)} vs lookup ${formatPercent(scores.lookup.accuracy)} ` +
        `(oracle ${formatPercent(scores.oracle.accuracy, scores.oracle.accuracy === 1 ? 0 : 1)}) on ${heldOut.length} held-out image${heldOut.length === 1 ? '' : 's'}`,
    );
    if (values.json) {
      process.stdout.write(`${toJson(report)}\n`);
      return;
    }
    const row = (label: string, s: ColorizerScores): string =>
      `${label.padEnd(8)}${formatPercent(s.accuracy).padStart(9)}${formatPercent(s.accuracyForeground).padStart(12)}` +
      `${formatNumber(s.deltaE00, 2).padStart(9)}${formatNumber(s.deltaE00Foreground, 2).padStart(12)}${formatNumber(s.psnr, 2).padStart(9)}`;
    process.stdout.write(
      `${'        '}${'accuracy'.padStart(9)}${'(fg)'.padStart(12)}${'ΔE00'.padStart(9)}${'(fg)'.padStart(12)}${'PSNR'.padStart(9)}\n` +
        `${row('model', scores.model)}\n${row('lookup', scores.lookup)}\n${row('oracle', scores.oracle)}\n`,
    );
    if (hintSweep) process.stdout.write(`\n${formatHintSweep(hintSweep)}`);
    if (vector) process.stdout.write(formatSvgEvaluation(vector));
  });
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** The sweep as a table: foreground ΔE2000 of each colorizer and the share of the lookup → oracle gap closed. */
function formatHintSweep(rows: readonly HintSweepRow[]): string {
  const head = `${'hints'.padEnd(7)}${'model'.padStart(8)}${'(gap)'.padStart(8)}${'bucket'.padStart(9)}${'(gap)'.padStart(8)}${'lookup'.padStart(9)}${'oracle'.padStart(9)}   foreground ΔE00\n`;
  return (
    head +
    rows
      .map(
        (r) =>
          `${String(r.hints).padEnd(7)}${formatNumber(r.model.deltaE00Foreground, 2).padStart(8)}${formatPercent(r.gapClosed.model, 0).padStart(8)}` +
          `${formatNumber(r.paintBucket.deltaE00Foreground, 2).padStart(9)}${formatPercent(r.gapClosed.paintBucket, 0).padStart(8)}` +
          `${formatNumber(r.lookup.deltaE00Foreground, 2).padStart(9)}${formatNumber(r.oracle.deltaE00Foreground, 2).padStart(9)}\n`,
      )
      .join('')
  );
}
