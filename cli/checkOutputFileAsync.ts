import { lstat, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CliError } from './CliError';
import { checkWritableFolderAsync } from './checkWritableFolderAsync';
import { fileIdentity } from './fileIdentitiesAsync';

export interface OutputFileCheck {
  /** The option that named the file, for messages: "-o", "--png". */
  readonly option: string;
  /** An example file name for messages: "noto.hueprint". */
  readonly example: string;
  /** Identities (fileIdentitiesAsync) of every input: never replaced, even with --force. */
  readonly inputs: ReadonlySet<string>;
  /** The user asked to replace an existing file. */
  readonly force: boolean;
}

/**
 * Checks an output file before any work is done, so a long run never ends
 * in "could not be written": not empty, not a folder, not one of the inputs
 * (compared as files, so symlinks and `..` cannot sneak past), not an
 * existing file unless --force, and in a folder the user can write in.
 */
export async function checkOutputFileAsync(path: string, check: OutputFileCheck): Promise<void> {
  const { option, example } = check;
  if (path.trim() === '') throw new CliError(`${option} is empty; give a file name, e.g. ${option} ${example}.`);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (!(info instanceof Error)) {
    if (info.isDirectory()) throw new CliError(`${path} is a folder; give ${option} a file name, e.g. ${option} ${join(path, example)}.`);
    if (check.inputs.has(fileIdentity(info))) {
      throw new CliError(`${path} is one of the inputs, and Hueprint never overwrites an input; give ${option} another file name.`);
    }
    if (!check.force) throw new CliError(`${path} already exists; give ${option} another file name, or add --force to replace it.`);
  } else if (info.code === 'ELOOP') {
    throw new CliError(`${path} is a symbolic link that loops; give ${option} another file name.`);
  } else if (
    !check.force &&
    (await lstat(path).then(
      () => true,
      () => false,
    ))
  ) {
    throw new CliError(`${path} already exists (a link to a missing file); give ${option} another file name, or add --force to replace it.`);
  }
  await checkWritableFolderAsync(dirname(path), option);
}
