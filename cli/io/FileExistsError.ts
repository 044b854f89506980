/** The file was not written because one already exists at the path (and overwriting was not asked for). */
export class FileExistsError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`${path} already exists; choose another name, or add --force to replace it.`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}
