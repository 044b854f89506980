import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { CliError } from './CliError';
import { isSvgPath } from './svg/isSvgBytes';
import { checkWritableFolderAsync } from './checkWritableFolderAsync';
import { fileIdentity } from './fileIdentitiesAsync';

/**
 * `<outDir>/<input name without extension>.png` (`.svg` for SVG art) for each input, checked
 * before any image is colorized: the folder can be written in; no output is
 * an input (compared as files, so a symlinked output folder cannot sneak
 * past) or the style; no two inputs share an output; and no existing file is
 * replaced unless the user asked with --force (the output folder may hold
 * unrelated art, such as the colour originals of the gray inputs).
 */
export async function colorizeOutputPaths(
  inputs: readonly string[],
  outDir: string,
  options: { readonly inputs: ReadonlySet<string>; readonly force: boolean },
): Promise<string[]> {
  if (outDir.trim() === '') throw new CliError('-o is empty; give a folder for the colorized images, e.g. -o colorized.');
  const folder = await stat(outDir).catch(() => undefined);
  if (folder && !folder.isDirectory()) throw new CliError(`${outDir} is a file, not a folder; give -o a folder for the colorized images.`);
  await checkWritableFolderAsync(outDir, '-o');

  // SVG art stays SVG: its shapes are recoloured as vectors.
  const outputs = inputs.map((input) => join(outDir, `${basename(input, extname(input))}${isSvgPath(input) ? '.svg' : '.png'}`));
  const seen = new Map<string, string>();
  const existing: string[] = [];
  for (let i = 0; i < outputs.length; i++) {
    const output = outputs[i];
    const key = resolve(output);
    const other = seen.get(key);
    if (other) throw new CliError(`${other} and ${inputs[i]} would both be written to ${output}; colorize them into separate folders.`);
    seen.set(key, inputs[i]);
    const info = await stat(output).catch(() => undefined);
    if (!info) continue;
    if (options.inputs.has(fileIdentity(info))) {
      throw new CliError(`Colorizing ${inputs[i]} into ${outDir} would overwrite the original; choose another output folder with -o.`);
    }
    if (info.isDirectory())
      throw new CliError(`${output} is a folder, so ${inputs[i]} cannot be colorized into ${outDir}; choose another output folder with -o.`);
    existing.push(output);
  }
  if (existing.length > 0 && !options.force) {
    const names =
      existing
        .slice(0, 3)
        .map((p) => basename(p))
        .join(', ') + (existing.length > 3 ? `, and ${existing.length - 3} more` : '');
    throw new CliError(
      `${existing.length === 1 ? '1 file' : `${existing.length} files`} in ${outDir} would be replaced (${names}); ` +
        `colorize into another folder with -o, or add --force to replace ${existing.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return outputs;
}
