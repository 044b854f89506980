#!/usr/bin/env node
/**
 * `node scripts/vectors/measure.js STYLE SET [--json]`: vector colorizing
 * against the raster path on an art set laid out as SET/test/*.png with the
 * vector originals in SET/svg/ (same names), e.g. ../shared/art/toonhead-one,
 * with a style trained on SET/train (`hueprint train SET/train -o STYLE`).
 * Bundled with esbuild like the bench (tfjs-core must be bundled for Node).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundledAsync } from '../bench/importBundledAsync.js';

const here = dirname(fileURLToPath(import.meta.url));
const { main } = await importBundledAsync(resolve(here, 'measureVectors.ts'), 'measureVectors');
try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`measure failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
