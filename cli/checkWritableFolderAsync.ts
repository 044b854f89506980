import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './CliError';

/**
 * Checks, before any work, that files can be written in `dir`: it is a
 * folder (or would be created inside one) the user may write in. Nothing is
 * created, so a run that fails later leaves no empty folder behind.
 */
export async function checkWritableFolderAsync(dir: string, option: string): Promise<void> {
  let folder = dir === '' ? '.' : dir;
  for (;;) {
    const info = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) throw new CliError(`${folder} is a file, not a folder, so ${option} cannot be written inside it; choose another ${option}.`);
      break;
    }
    if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') throw new CliError(`${folder} cannot be used for ${option}: ${info.message}`);
    const parent = dirname(folder);
    if (parent === folder) throw new CliError(`${dir} cannot be created; choose another ${option}.`);
    folder = parent;
  }
  try {
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EROFS' ? 'the disk is read-only' : 'permission denied';
    const where = folder === '.' ? 'the current folder' : folder;
    const head = folder === dir ? '' : `${dir} cannot be created: `;
    throw new CliError(`${head}you cannot write in ${where} (${why}); choose another ${option}.`.replace(/^y/, 'Y'));
  }
}
