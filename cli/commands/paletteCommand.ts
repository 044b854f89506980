import { Command, Option } from 'commander';
import { extractPalette, formatHex } from '../../core';
import { writePngFile } from '../io';
import { forceOption, jsonOption, quietOption } from '../addTrainingOptions';
import { checkOutputFileAsync } from '../checkOutputFileAsync';
import { CliError } from '../CliError';
import { collectImagePaths } from '../collectImagePaths';
import { fileIdentitiesAsync } from '../fileIdentitiesAsync';
import { formatPaletteTable } from '../formatPaletteTable';
import { toJson } from '../formatting';
import { wholeNumber } from '../parseOptionValues';
import { readImages } from '../readImages';
import { renderSwatch } from '../renderSwatch';

interface PaletteValues {
  readonly k: number;
  readonly seed: number;
  readonly png?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
}

/** `hueprint palette <images…> --k 32 [--json] [--png swatch.png]` */
export function paletteCommand(): Command {
  return new Command('palette')
    .summary('print the K-colour palette of some art (table, JSON or swatch PNG)')
    .description(
      'Cluster the colours of some art into a palette of K (weighted k-means in CIELAB over the opaque pixels), most frequent first. ' +
        'Prints a table (hex, L a b, share of pixels), or JSON with --json; --png also writes a swatch image.',
    )
    .argument('<images...>', 'colour PNG or JPEG files, or folders of them')
    .addOption(new Option('--k <n>', 'palette size (fewer if the art has fewer colours)').argParser(wholeNumber(1, 256)).default(32))
    .addOption(new Option('--seed <n>', 'random seed of the clustering').argParser(wholeNumber(0, 2 ** 31 - 1)).default(1))
    .addOption(new Option('--png <file>', 'also write the palette as a swatch PNG (32 px squares, 8 a row)'))
    .addOption(forceOption('replace the --png file if it exists'))
    .addOption(quietOption())
    .addOption(jsonOption())
    .action(async (inputs: string[], values: PaletteValues) => {
      const paths = await collectImagePaths(inputs);
      if (values.png !== undefined) {
        await checkOutputFileAsync(values.png, { option: '--png', example: 'swatch.png', inputs: await fileIdentitiesAsync(paths), force: values.force });
      }
      const images = await readImages(paths);
      let result: ReturnType<typeof extractPalette>;
      try {
        result = extractPalette(images, { k: values.k, seed: values.seed });
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      const { palette, notice } = result;
      if (notice && !values.quiet) process.stderr.write(`note: ${notice}\n`);
      if (values.png !== undefined) await writePngFile(values.png, renderSwatch(palette), { overwrite: values.force });
      const k = palette.frequency.length;
      if (values.json) {
        const colours = Array.from({ length: k }, (_, i) => ({
          hex: formatHex(palette.rgb[i * 3], palette.rgb[i * 3 + 1], palette.rgb[i * 3 + 2]),
          rgb: Array.from(palette.rgb.subarray(i * 3, i * 3 + 3)),
          lab: Array.from(palette.lab.subarray(i * 3, i * 3 + 3), (x) => Math.round(x * 1000) / 1000),
          frequency: palette.frequency[i],
        }));
        process.stdout.write(
          `${toJson({ images: images.length, k, requested: values.k, notice: notice ?? null, palette: colours, swatch: values.png ?? null })}\n`,
        );
        return;
      }
      const useColour = process.stdout.isTTY === true && !process.env.NO_COLOR;
      process.stdout.write(`${k} colours from ${images.length} image${images.length === 1 ? '' : 's'}:\n${formatPaletteTable(palette, useColour)}`);
      if (values.png) process.stdout.write(`Wrote the swatch to ${values.png}\n`);
    });
}
