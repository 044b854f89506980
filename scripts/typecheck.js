#!/usr/bin/env node
/**
 * Type-checks every TypeScript project in the repository: each folder's
 * tsconfig.json (core, cli, plugin, ui, scripts, tests) compiles against its
 * own lib and types, so the sandbox cannot use the DOM and core cannot use
 * Node. Projects are found, not listed, so a new one cannot be forgotten.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const skip = new Set(['node_modules', 'dist', '.git', 'test-artifacts', 'scratch']);

function findProjects(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !skip.has(entry.name)) found.push(...findProjects(join(dir, entry.name)));
    else if (entry.isFile() && entry.name === 'tsconfig.json') found.push(join(dir, entry.name));
  }
  return found;
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const failed = [];
for (const project of findProjects(root).sort()) {
  const name = relative(root, project);
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`Type errors in ${failed.length} project(s): ${failed.join(', ')}`);
  process.exit(1);
}
