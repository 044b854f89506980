import { writeFileAtomicAsync } from '../io/writeFileAtomicAsync';

/** Writes SVG text (UTF-8) all at once or not at all, as writePngFile does; an existing file is replaced only with `overwrite`. */
export async function writeSvgFile(path: string, text: string, options: { overwrite: boolean } = { overwrite: false }): Promise<void> {
  await writeFileAtomicAsync(path, new TextEncoder().encode(text), options);
}
