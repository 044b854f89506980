import { basename, extname, join, resolve } from 'node:path';
import { CliError } from './CliError';

/**
 * `<outDir>/<input name without extension>.png` for each input. Refuses two
 * inputs that would write the same file, and any output that is an input:
 * colorizing never destroys the original.
 */
export function colorizeOutputPaths(inputs: readonly string[], outDir: string): string[] {
  const outputs = inputs.map((input) => join(outDir, `${basename(input, extname(input))}.png`));
  const inputSet = new Set(inputs.map((p) => resolve(p)));
  const seen = new Map<string, string>();
  outputs.forEach((output, i) => {
    const key = resolve(output);
    if (inputSet.has(key)) {
      throw new CliError(`Colorizing ${inputs[i]} into ${outDir} would overwrite the original; choose another output folder with -o.`);
    }
    const other = seen.get(key);
    if (other) throw new CliError(`${other} and ${inputs[i]} would both be written to ${output}; colorize them into separate folders.`);
    seen.set(key, inputs[i]);
  });
  return outputs;
}
