import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleBench {
  uiHtmlBytes: number;
  uiHtmlGzipBytes: number;
  codeJsBytes: number;
  /** dist/ui.html's size budget, the build's own (scripts/build.js: the build fails above it). */
  uiBudgetBytes: number;
  built: boolean;
}

/** Sizes of the plugin's two files, and the budget the build holds ui.html to; runs `npm run build` first when dist/ lacks them. */
export async function benchBundleAsync(root: string, log: (m: string) => void): Promise<BundleBench> {
  const ui = `${root}/dist/ui.html`;
  const code = `${root}/dist/code.js`;
  let built = false;
  if (!existsSync(ui) || !existsSync(code)) {
    log('bundle: dist/ is incomplete, running npm run build…');
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (run.status !== 0) throw new Error('npm run build failed; the bundle sizes cannot be measured.');
    built = true;
  }
  const { UI_BUDGET_BYTES } = (await import(pathToFileURL(`${root}/scripts/build.js`).href)) as { UI_BUDGET_BYTES: number };
  return {
    uiHtmlBytes: statSync(ui).size,
    uiHtmlGzipBytes: gzipSync(readFileSync(ui)).length,
    codeJsBytes: statSync(code).size,
    uiBudgetBytes: UI_BUDGET_BYTES,
    built,
  };
}
