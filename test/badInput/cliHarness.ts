/**
 * What the CLI bad-input cases share: the real command (bundled once into
 * its own file, so other test files rebuilding dist/cli.js cannot swap it
 * mid-run), a fresh folder per case, and a snapshot of every file in it, so a
 * case can prove that inputs and unrelated files are byte-identical
 * afterwards and that no half-written or temporary file was left.
 */
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { expect } from 'vitest';
// @ts-expect-error plain JavaScript build script
import { cliBuildOptions } from '../../scripts/buildCli.js';
import { runProcessAsync, type Run } from '../helpers/runProcessAsync';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'dist/test/cli-bad-input.js');

export type { Run };

export async function buildCliAsync(): Promise<void> {
  await esbuild.build({ ...cliBuildOptions(), outfile: bundle, logLevel: 'silent' });
}

/** Runs `hueprint args…` in `cwd`; `asNobody` drops root to uid 65534 (to meet permissions as a user does). */
export function runCli(
  args: readonly string[],
  options: { cwd: string; asNobody?: boolean; onStderr?: (text: string, signal: (name: NodeJS.Signals) => void) => void },
): Promise<Run> {
  return options.asNobody
    ? runProcessAsync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bundle, ...args], options)
    : runProcessAsync(process.execPath, [bundle, ...args], options);
}

export type Entry = Uint8Array | string | { readonly link: string } | { readonly dir: true };

let base: string | undefined;

/** A fresh folder holding `entries` (relative path → bytes, text, a symlink or a folder), readable by everyone. */
export async function makeWorkspaceAsync(entries: Record<string, Entry>): Promise<string> {
  base ??= await mkdtemp(join(tmpdir(), 'hueprint-bad-input-'));
  await chmod(base, 0o755);
  const ws = await mkdtemp(join(base, 'case-'));
  await chmod(ws, 0o755);
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(ws, path);
    await mkdir(dirname(full), { recursive: true });
    if (typeof entry === 'string' || entry instanceof Uint8Array) await writeFile(full, entry);
    else if ('link' in entry) await symlink(entry.link, full);
    else await mkdir(full, { recursive: true });
  }
  return ws;
}

export function workspaceRoot(): string | undefined {
  return base;
}

/** Every entry under `dir`: files by md5, symlinks by target (never followed), folders as such. */
export async function snapshotAsync(dir: string, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const key = prefix + name;
    const info = await lstat(path);
    if (info.isSymbolicLink()) out.set(key, `link → ${await readlink(path)}`);
    else if (info.isDirectory()) {
      out.set(key, 'folder');
      for (const [k, v] of await snapshotAsync(path, `${key}/`)) out.set(k, v);
    } else
      out.set(
        key,
        createHash('md5')
          .update(await readFile(path))
          .digest('hex'),
      );
  }
  return out;
}

/**
 * Everything that was there is byte-identical, and the only new entries are
 * `created` (the outputs the user named): nothing replaced, nothing
 * half-written, no temporary file left behind.
 */
export function expectOnlyCreated(before: Map<string, string>, after: Map<string, string>, created: readonly string[] = []): void {
  for (const [key, value] of before) expect(after.get(key), `${key} changed or vanished`).toBe(value);
  const added = [...after.keys()].filter((key) => !before.has(key)).sort();
  expect(added, 'new files').toEqual([...created].sort());
}

/** A refusal: the exit code, a message matching `pattern` on stderr, once, and never a stack trace. */
export function expectRefusal(result: Run, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/\b(EACCES|ENOTDIR|EEXIST|EISDIR|ENOENT|errno)\b/);
}
