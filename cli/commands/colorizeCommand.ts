import { Command, Option } from 'commander';
import { colorizeImage, loadStyle, type ColorizeMode, type Rgba8Image } from '../../core';
import { acceptsHints } from '../../core/colorize/colorizeImage';
import { splitHints } from '../../core/hints/splitHints';
import { countHintMarks } from '../../core/hints/countHintMarks';
import { hintImageFinder } from '../hintImageFinder';
import { readImageFile, writePngFile } from '../io';
import { setupBackend } from '../tf/setupBackend';
import { backendOption, forceOption, jsonOption, quietOption } from '../addTrainingOptions';
import { CliError } from '../CliError';
import { collectImagePaths } from '../collectImagePaths';
import { colorizeOutputPaths } from '../colorizeOutputPaths';
import { fileIdentitiesAsync } from '../fileIdentitiesAsync';
import { toJson } from '../formatting';
import { readStyleFile } from '../readStyleFile';
import { colorizeSvgFileAsync } from '../svg/colorizeSvgFileAsync';
import { isSvgPath } from '../svg/isSvgBytes';

interface ColorizeValues {
  readonly output: string;
  readonly mode: ColorizeMode;
  readonly backend: 'auto' | 'wasm' | 'cpu';
  readonly quiet: boolean;
  readonly json: boolean;
  readonly force: boolean;
  readonly hints?: string;
}

/** `hueprint colorize style.hueprint <images…> -o out/` */
export function colorizeCommand(): Command {
  return new Command('colorize')
    .summary('colorize gray art with a style, writing <output>/<name>.png (or .svg)')
    .description(
      'Colorize gray (or colour) art with a trained style, at full resolution. Each input is written as <output>/<name>.png; ' +
        'transparency is kept, inputs are never overwritten, and an existing file in the output folder is replaced only with --force. ' +
        'SVG art is written as <output>/<name>.svg: the same SVG with only fill, stroke and gradient stop colours replaced, ' +
        'one palette colour per shape; shapes already in colour are kept.',
    )
    .argument('<style>', 'a .hueprint file made by "hueprint train"')
    .argument('<images...>', 'PNG, JPEG or SVG files, or folders of them')
    .addOption(new Option('-o, --output <folder>', 'folder for the colorized PNGs (created if missing)').default('colorized'))
    .addOption(
      new Option('--mode <mode>', "flat: every pixel exactly a palette colour; shading: the palette colour's hue and chroma at the input's own lightness")
        .choices(['flat', 'shading'])
        .default('flat'),
    )
    .addOption(forceOption('replace files that already exist in the output folder'))
    .addOption(backendOption())
    .addOption(
      new Option(
        '--hints <path>',
        'colour hints: an RGBA image the size of the art (opaque pixels are hints of exactly their colour, transparent ones are not), ' +
          'or a folder of them matched to the inputs by file name. Without it, the clearly coloured pixels of partly coloured art are its hints',
      ),
    )
    .addOption(quietOption())
    .addOption(jsonOption())
    .action(async (stylePath: string, inputs: string[], values: ColorizeValues) => {
      const say = (message: string): void => {
        if (!values.quiet) process.stderr.write(`${message}\n`);
      };
      const style = await readStyleFile(stylePath);
      const paths = await collectImagePaths(inputs);
      // Every output is checked before the first image is colorized (the style counts as an input too).
      const outputs = await colorizeOutputPaths(paths, values.output, { inputs: await fileIdentitiesAsync([stylePath, ...paths]), force: values.force });
      const hintsFor = await hintImageFinder(values.hints);
      if (values.hints !== undefined && !acceptsHints(style))
        say(`note: "${style.name}" was made before colour hints, so it ignores them. Train it again to use hints.`);
      const backend = await setupBackend(values.backend, say);
      say(
        `Colorizing ${paths.length} image${paths.length === 1 ? '' : 's'} with "${style.name}" (${style.palette.frequency.length} colours, ${values.mode}, ${backend} backend)`,
      );
      const written: { input: string; output: string; width: number; height: number; shapes?: number; recoloured?: number; hints?: number; unseen?: number }[] =
        [];
      const failed: string[] = [];
      // The weights are uploaded once for the whole folder, and released however the loop ends.
      const loaded = loadStyle(style);
      try {
        for (let i = 0; i < paths.length; i++) {
          // One bad image does not stop the others; it is reported and the exit code says so.
          if (isSvgPath(paths[i])) {
            // SVG art is recoloured as vectors and written as SVG (see colorizeSvgFileAsync).
            try {
              const svg = await colorizeSvgFileAsync(loaded, paths[i], outputs[i], values.mode, values.force);
              written.push({
                input: paths[i],
                output: outputs[i],
                width: svg.width,
                height: svg.height,
                shapes: svg.shapes,
                recoloured: svg.recoloured,
                hints: svg.hints,
                unseen: svg.unseen,
              });
              if (!values.json)
                process.stdout.write(
                  `${outputs[i]}  (${svg.recoloured} of ${svg.shapes} fills and strokes recoloured, ${svg.hints} already in colour kept, ${svg.unseen} not visible left; from ${paths[i]})\n`,
                );
            } catch (error) {
              failed.push(paths[i]);
              process.stderr.write(`hueprint: ${(error as Error).message}\n`);
            }
            continue;
          }
          let image: Rgba8Image;
          let colorized: Rgba8Image;
          try {
            image = await readImageFile(paths[i]);
            let art = image;
            let hints: Rgba8Image | undefined;
            const hintPath = hintsFor(paths[i]);
            if (hintPath) {
              hints = await readImageFile(hintPath);
              if (hints.width !== image.width || hints.height !== image.height) {
                throw new Error(
                  `The hints ${hintPath} are ${hints.width}×${hints.height} but ${paths[i]} is ${image.width}×${image.height}; a hint image must be the size of its art.`,
                );
              }
              if (acceptsHints(style)) say(`${paths[i]}: ${countHintMarks(hints)} hint mark(s) from ${hintPath}`);
            } else if (acceptsHints(style)) {
              const split = splitHints(image);
              if (split.count > 0) {
                art = split.gray;
                hints = split.hints;
                say(`${paths[i]}: ${split.count} coloured area(s) in the art used as hints`);
              }
            }
            // Painted over the art as it is: the colours painted into it come out exactly as painted.
            colorized = await colorizeImage(loaded, art, { mode: values.mode, hints, ...(art !== image ? { art: image } : {}) });
          } catch (error) {
            failed.push(paths[i]);
            process.stderr.write(`hueprint: ${(error as Error).message}\n`);
            continue;
          }
          // A file that cannot be written (a full disk, a folder gone) would fail for every image alike: stop, once.
          try {
            await writePngFile(outputs[i], colorized, { overwrite: values.force });
          } catch (error) {
            throw new CliError(
              `${(error as Error).message} ${written.length} of ${paths.length} image${paths.length === 1 ? ' was' : 's were'} written before it.`,
            );
          }
          written.push({ input: paths[i], output: outputs[i], width: image.width, height: image.height });
          if (!values.json) process.stdout.write(`${outputs[i]}  (${image.width}×${image.height}, from ${paths[i]})\n`);
        }
      } finally {
        loaded.dispose();
      }
      if (values.json) process.stdout.write(`${toJson({ style: style.name, mode: values.mode, backend, written, failed })}\n`);
      if (failed.length > 0) {
        throw new CliError(
          `${failed.length} of ${paths.length} image${paths.length === 1 ? '' : 's'} could not be colorized (see above); ${written.length} written.`,
        );
      }
    });
}
