import { spawnSync } from 'node:child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';

/**
 * Debian's scikit-learn under Debian's python (/usr/bin/python3, not the
 * pyenv python3 on PATH). When it is missing and we are root, installs
 * python3-sklearn with apt-get; otherwise says why the sklearn row is skipped.
 */
export function ensureSklearn(log: (message: string) => void): { ok: true } | { ok: false; reason: string } {
  const has = (): boolean => spawnSync(SYSTEM_PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
  if (has()) return { ok: true };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return {
      ok: false,
      reason: `scikit-learn is not installed for ${SYSTEM_PYTHON}; run "apt-get install -y python3-sklearn" as root to get the sklearn comparison.`,
    };
  }
  log('Installing Debian python3-sklearn for the k-means comparison (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // stdout of apt goes to our stderr: stdout carries the JSON result.
  const io: ['ignore', number, number] = ['ignore', 2, 2];
  for (let attempt = 0; attempt < 3; attempt++) {
    const update = spawnSync('apt-get', ['update'], { stdio: io, env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'python3-sklearn'], { stdio: io, env }) : update;
    if (install.status === 0 && has()) return { ok: true };
    // Another engineer's apt may hold the lock: wait and retry.
    spawnSync('sleep', ['10']);
  }
  return { ok: false, reason: 'apt-get could not install python3-sklearn (see the log above), so the sklearn comparison is skipped.' };
}
