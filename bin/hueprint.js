#!/usr/bin/env node
// The `hueprint` command. The real program is the bundle dist/cli.js
// (built from cli/ by scripts/buildCli.js on `npm install`); see cli/README.md.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error('hueprint: dist/cli.js is missing. Run npm install (or npm run build) first.');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
