/**
 * A file-system error in words a designer can act on, without Node's
 * "EACCES: permission denied, open '…/.x.png.123.tmp'" jargon (which names
 * our temporary file, not theirs).
 */
export function explainFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (you cannot write in that folder)';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
      return 'a file of that name already exists';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOENT':
      return 'its folder does not exist (was it moved or deleted?)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
