import { basename, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { describeTrainingArt, evaluateStyle, TrainingStoppedError, type StyleFile } from '../../core';
import { untilAborted } from '../../core/tf/untilAborted';
import { setupBackend } from '../tf/setupBackend';
import { addTrainingOptions, forceOption, type TrainingOptionValues } from '../addTrainingOptions';
import { cancelOnInterrupt } from '../cancelOnInterrupt';
import { checkOutputFileAsync } from '../checkOutputFileAsync';
import { CliError, EXIT_FAILURE, EXIT_INTERRUPTED } from '../CliError';
import { collectImagePaths } from '../collectImagePaths';
import { createTrainProgress } from '../createTrainProgress';
import { fileIdentitiesAsync } from '../fileIdentitiesAsync';
import { formatBytes, formatPercent, toJson } from '../formatting';
import { readImages } from '../readImages';
import { saveTrainedStyleAsync } from '../saveTrainedStyleAsync';
import { trainWithProgress } from '../trainWithProgress';
import { trainOptionsFrom } from '../trainOptionsFrom';

interface TrainValues extends TrainingOptionValues {
  readonly output?: string;
  readonly name?: string;
  readonly force: boolean;
}

/** `hueprint train <images…> -o style.hueprint` */
export function trainCommand(): Command {
  const command = new Command('train')
    .summary('learn a colour style from colour art and save it as a .hueprint file')
    .description(
      'Learn a colour style from colour art: cluster its colours into a palette of K, train a network on 70% of the images ' +
        "to pick each gray pixel's colour from its surroundings, and score it on the held-out 30% against the gray→colour lookup baseline; " +
        'then train a fifth more epochs on all the images, so every image feeds the palette and the saved style. ' +
        'Progress goes to stderr; Ctrl-C stops and keeps the last finished epoch.',
    )
    .argument('<images...>', 'colour PNG or JPEG files, or folders of them')
    .addOption(new Option('-o, --output <file>', 'where to save the style (default: <name>.hueprint); an existing file is kept unless --force'))
    .addOption(new Option('--name <name>', "the style's name (default: the first input's name)"))
    .addOption(forceOption('replace the -o file if it exists'));
  addTrainingOptions(command);
  return command.action(async (inputs: string[], values: TrainValues) => {
    const say = (message: string): void => {
      if (!values.quiet) process.stderr.write(`${message}\n`);
    };
    const name = values.name?.trim() || basename(resolve(inputs[0])).replace(/\.(png|jpe?g)$/i, '');
    // Letters of any script stay ("gray ünï 🎨" → "gray-ünï"), so a non-English name is not reduced to dashes.
    const fileName = `${name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '') || 'style'}.hueprint`;
    const output = values.output ?? fileName;
    const paths = await collectImagePaths(inputs);
    // Before any work: a run of minutes must not end in "could not be written", nor replace an input or someone's file.
    await checkOutputFileAsync(output, { option: '-o', example: fileName, inputs: await fileIdentitiesAsync(paths), force: values.force });

    const interrupt = new AbortController();
    let phase: 'training' | 'scoring' = 'training';
    let note = say;
    // One handler from before the first step to the written file: Ctrl-C at any point still saves the finished work.
    const restore = cancelOnInterrupt(
      interrupt,
      (message) => note(message),
      () =>
        phase === 'training'
          ? 'Stopping after the current step… (press Ctrl-C again to quit at once)'
          : 'Skipping the held-out scores and saving the trained style… (press Ctrl-C again to quit at once)',
    );
    try {
      const images = await readImages(paths);
      const backend = await setupBackend(values.backend, say);
      say(
        `Training "${name}" on ${images.length} image${images.length === 1 ? '' : 's'} (${values.preset}, K = ${values.k}, ${values.epochs} epochs, ${backend} backend)`,
      );
      const progress = createTrainProgress({ epochs: values.epochs, quiet: values.quiet });
      note = progress.note;
      let style: StyleFile;
      let measured: StyleFile;
      let heldOut: number[];
      try {
        const result = await trainWithProgress(images, { ...trainOptionsFrom(values, backend), name }, progress, interrupt.signal);
        style = result.style;
        measured = result.measured;
        heldOut = [...result.split.test];
      } catch (error) {
        if (!(error instanceof TrainingStoppedError)) throw error;
        const code = error.reason === 'cancelled' ? EXIT_INTERRUPTED : EXIT_FAILURE;
        const last = error.lastGoodStyle;
        if (!last && error.reason === 'cancelled') throw new CliError('Training was cancelled before its first epoch finished, so nothing was written.', code);
        if (!last) throw new CliError(`${error.message} No epoch had finished, so nothing was written.`, code);
        const bytes = await saveTrainedStyleAsync(output, last, values.force);
        throw new CliError(
          `${error.message} Wrote the style of epoch ${last.training.epochs} of ${values.epochs} to ${output} (${formatBytes(bytes)}, ` +
            `held-out accuracy ${formatPercent(last.training.testAccuracy)}); it is usable, or train again for all epochs.`,
          code,
        );
      }
      phase = 'scoring';
      if (heldOut.length > 0 && !interrupt.signal.aborted) {
        // Keep the full held-out scores with the style, so whoever uses it later can judge it: those of the
        // style as measured, before the held-out images trained it too.
        const scores = await untilAborted(
          evaluateStyle(
            measured,
            heldOut.map((i) => images[i]),
          ),
          interrupt.signal,
        ).catch((error: unknown) => {
          if (interrupt.signal.aborted) return undefined;
          throw error;
        });
        if (scores) style = { ...style, training: { ...style.training, model: scores.model, lookup: scores.lookup } };
      }
      const bytes = await saveTrainedStyleAsync(output, style, values.force);
      const t = style.training;
      if (interrupt.signal.aborted) {
        throw new CliError(
          `Training had finished when Ctrl-C stopped the scoring of the held-out images. Wrote the style of all ${t.epochs} epochs to ${output} ` +
            `(${formatBytes(bytes)}, held-out accuracy ${formatPercent(t.testAccuracy)}), without the full held-out scores.`,
          EXIT_INTERRUPTED,
        );
      }
      if (values.json) {
        process.stdout.write(
          `${toJson({ output, bytes, name: style.name, palette: { k: style.palette.frequency.length }, model: style.model, training: t })}\n`,
        );
        return;
      }
      const score =
        t.images.test > 0
          ? `held-out accuracy ${formatPercent(t.testAccuracy)} vs lookup ${formatPercent(t.lookupTestAccuracy)}`
          : 'no held-out images, so no accuracy';
      const k = style.palette.frequency.length;
      process.stdout.write(
        `Wrote ${output} (${formatBytes(bytes)}): ${k} colour${k === 1 ? '' : 's'}, ${score}, ${describeTrainingArt(t)}, ${t.seconds.toFixed(0)} s.\n`,
      );
    } finally {
      restore();
    }
  });
}
