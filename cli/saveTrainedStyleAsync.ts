import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { StyleFile } from '../core';
import { CliError } from './CliError';
import { writeStyleFile } from './writeStyleFile';

/**
 * Writes a freshly trained style to `output`. The output was checked before
 * training, but a disk can fill up or a folder vanish in the meantime; the
 * trained weights are never thrown away for that: the style then goes to the
 * system's temporary folder and the error says where it is.
 */
export async function saveTrainedStyleAsync(output: string, style: StyleFile, overwrite: boolean): Promise<number> {
  try {
    return await writeStyleFile(output, style, { overwrite });
  } catch (error) {
    const rescue = join(tmpdir(), `${basename(output, '.hueprint') || 'style'}-${process.pid}-${Date.now()}.hueprint`);
    try {
      await writeStyleFile(rescue, style, { overwrite: false });
    } catch {
      throw error;
    }
    throw new CliError(`${(error as Error).message} The trained style was saved to ${rescue} instead; move it where you want it.`);
  }
}
