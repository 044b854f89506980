/**
 * `npm test`'s pretest (scripts/ensureChromium.js) on a machine without
 * Chromium: run for real, with the Chromium path pointed at a temporary file
 * and a stand-in apt-get first on PATH that logs its arguments and "installs"
 * that file, so no package is touched.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/ensureChromium.js');
const isRoot = process.getuid?.() === 0;
let tmp: string;
let fakeBin: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'hueprint-pretest-'));
  await chmod(tmp, 0o755);
  fakeBin = join(tmp, 'bin');
  await mkdir(fakeBin);
  await writeFile(
    join(fakeBin, 'apt-get'),
    `#!/bin/sh\necho "$DEBIAN_FRONTEND apt-get $*" >> "$APT_LOG"\n[ -n "$APT_FAIL" ] && exit 100\n[ "$1" = install ] && touch "$FAKE_CHROMIUM"\nexit 0\n`,
  );
  await chmod(join(fakeBin, 'apt-get'), 0o755);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function pretest(chromium: string, env: Record<string, string>, asNobody = false): { status: number | null; stderr: string } {
  const command = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
  const result = spawnSync(command[0], [...command.slice(1), script, chromium], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('npm test sets up Chromium on a fresh machine', () => {
  it('does nothing when Chromium is there', async () => {
    const present = join(tmp, 'present');
    await writeFile(present, '');
    const log = join(tmp, 'present.log');
    const result = pretest(present, { PATH: `${fakeBin}:${process.env.PATH}`, APT_LOG: log });
    expect(result).toEqual({ status: 0, stderr: '' });
    await expect(readFile(log, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it.runIf(isRoot)('as root, installs it with apt-get update and apt-get install -y chromium, non-interactively', async () => {
    const chromium = join(tmp, 'chromium-root');
    const log = join(tmp, 'root.log');
    const result = pretest(chromium, { PATH: `${fakeBin}:${process.env.PATH}`, APT_LOG: log, FAKE_CHROMIUM: chromium });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/is missing; installing Debian's chromium/);
    expect(await readFile(log, 'utf8')).toBe('noninteractive apt-get update\nnoninteractive apt-get install -y chromium\n');
  });

  it.runIf(isRoot)('stops with the command to fix it when apt-get fails', async () => {
    const chromium = join(tmp, 'chromium-fail');
    const result = pretest(chromium, { PATH: `${fakeBin}:${process.env.PATH}`, APT_LOG: join(tmp, 'fail.log'), APT_FAIL: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/apt-get update failed \(exit 100\); fix that, or run: apt-get update && apt-get install -y chromium/);
  });

  it('as another user, says exactly what to run and stops', async () => {
    const chromium = join(tmp, 'chromium-user');
    const log = join(tmp, 'user.log');
    const result = pretest(chromium, { PATH: `${fakeBin}:${process.env.PATH}`, APT_LOG: log }, isRoot);
    // Root runs it as nobody; anyone else runs it as themselves.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("sudo sh -c 'apt-get update && apt-get install -y chromium'");
    await expect(readFile(log, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('without apt-get, says what the tests need and how to run the others', async () => {
    const bare = join(tmp, 'bare');
    await mkdir(bare);
    await symlink('/bin/sh', join(bare, 'sh'));
    const result = pretest(join(tmp, 'chromium-bare'), { PATH: bare });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no apt-get.*npx vitest run --exclude "test\/e2e\/\*\*"/s);
  });
});
