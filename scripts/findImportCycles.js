/**
 * Finds import circles among the repository's TypeScript files (type-only
 * imports included: they couple files just as much), and among the folders
 * of one directory (e.g. core's colorize/model/style/train).
 *
 *   node scripts/findImportCycles.js            # file circles across the repo
 *   node scripts/findImportCycles.js --folders core   # also folder circles inside core/
 *
 * Exits 1 when it finds one. test/importCycles.test.ts runs the same search.
 * Strongly connected components by Tarjan's algorithm (Tarjan 1972, "Depth-first
 * search and linear graph algorithms").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['core', 'plugin', 'ui', 'cli', 'scripts', 'test'];
const SKIP = new Set(['node_modules', 'dist', 'test-artifacts']);

function listSources(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) listSources(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, resolve(base, 'index.ts'), resolve(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Map from each source file (repo-relative) to the repo files it imports. */
export function importGraph(dirs = SOURCE_DIRS) {
  const graph = new Map();
  for (const file of dirs.flatMap((d) => listSources(resolve(root, d)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const target = resolveSpecifier(file, fileName);
      if (target) targets.add(relative(root, target).split(sep).join('/'));
    }
    graph.set(relative(root, file).split(sep).join('/'), targets);
  }
  return graph;
}

/** Strongly connected components with more than one node (or a self-loop): the circles. */
export function findCycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indices.get(next)));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

/** The graph between the immediate sub-folders of `dir` (files directly in `dir` count as their own node). */
export function folderGraph(graph, dir) {
  const folderOf = (file) => {
    if (!file.startsWith(`${dir}/`)) return null;
    const parts = file.slice(dir.length + 1).split('/');
    return parts.length > 1 ? `${dir}/${parts[0]}` : file;
  };
  const folders = new Map();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (from === null) continue;
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== null && to !== from) folders.get(from).add(to);
    }
  }
  return folders;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const cycles = findCycles(graph);
  const foldersArg = process.argv.indexOf('--folders');
  const folderCycles = foldersArg > 0 ? findCycles(folderGraph(graph, process.argv[foldersArg + 1])) : [];
  for (const cycle of cycles) console.log(`file circle: ${cycle.join(' ↔ ')}`);
  for (const cycle of folderCycles) console.log(`folder circle: ${cycle.join(' ↔ ')}`);
  console.log(`${graph.size} files, ${cycles.length} file circle(s)${foldersArg > 0 ? `, ${folderCycles.length} folder circle(s)` : ''}.`);
  if (cycles.length + folderCycles.length > 0) process.exitCode = 1;
}
