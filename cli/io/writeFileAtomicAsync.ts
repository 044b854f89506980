import { link, lstat, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { explainFileError } from './explainFileError';
import { FileExistsError } from './FileExistsError';

/**
 * Writes `bytes` to `path` all at once or not at all: they go to a temporary
 * file beside it, which then takes the name, so an interrupted write never
 * leaves half a file where a good one was. Without `overwrite`, an existing
 * file is never replaced, not even one that appeared after the caller's
 * checks: the temporary file is hard-linked to the name, which fails if the
 * name is taken (file systems without hard links fall back to check, then
 * rename). The folder is created if missing. Errors name `path` in plain
 * words; a failed clean-up never hides the real error.
 */
export async function writeFileAtomicAsync(path: string, bytes: Uint8Array, options: { overwrite: boolean }): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let tmpWritten = false;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file sits where a folder of the path should be.
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : explainFileError(error);
    throw new Error(`${path} could not be written: ${why}.`, { cause: error });
  }
  try {
    await writeFile(tmp, bytes, { flag: 'wx' });
    tmpWritten = true;
    if (options.overwrite) await rename(tmp, path);
    else await linkWithoutReplacingAsync(tmp, path);
  } catch (error) {
    if (tmpWritten) await rm(tmp, { force: true }).catch(() => {});
    if (error instanceof FileExistsError) throw error;
    throw new Error(`${path} could not be written: ${explainFileError(error)}.`, { cause: error });
  }
}

async function linkWithoutReplacingAsync(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
    // No hard links here (FAT, some network shares): check, then rename.
    if (
      await lstat(path).then(
        () => true,
        () => false,
      )
    )
      throw new FileExistsError(path);
    await rename(tmp, path);
    return;
  }
  await unlink(tmp).catch(() => {});
}
