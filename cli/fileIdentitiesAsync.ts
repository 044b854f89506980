import { stat } from 'node:fs/promises';

/**
 * Which files these paths are, as device and inode numbers. Two paths are the
 * same file exactly when their identities match, however they are spelled:
 * through a symlinked folder, `..`, a hard link or a case-insensitive disk.
 * Paths that cannot be read are left out (reading them reports the problem).
 */
export async function fileIdentitiesAsync(paths: readonly string[]): Promise<Set<string>> {
  const identities = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info) identities.add(fileIdentity(info));
  }
  return identities;
}

export function fileIdentity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
