#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--json]`: bundles scripts/bench/main.ts for
 * Node (see importBundledAsync) and runs it.
 */
import { resolve } from 'node:path';
import { importBundledAsync, root } from './importBundledAsync.js';

// `--soak` runs the long leak and memory-growth test instead (npm run soak, see soak.ts).
const soak = process.argv.includes('--soak');
const here = resolve(root, 'scripts/bench');
const { main } = await importBundledAsync(resolve(here, soak ? 'soak.ts' : 'main.ts'), soak ? 'soak' : 'bench');
try {
  await main(
    process.argv.slice(2).filter((a) => a !== '--soak'),
    root,
  );
} catch (error) {
  process.stderr.write(`${soak ? 'soak' : 'bench'} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
