import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export interface BundleBench {
  uiHtmlBytes: number;
  uiHtmlGzipBytes: number;
  codeJsBytes: number;
  built: boolean;
}

/** Sizes of the plugin's two files; runs `npm run build` first when dist/ lacks them. */
export function benchBundle(root: string, log: (m: string) => void): BundleBench {
  const ui = `${root}/dist/ui.html`;
  const code = `${root}/dist/code.js`;
  let built = false;
  if (!existsSync(ui) || !existsSync(code)) {
    log('bundle: dist/ is incomplete, running npm run build…');
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (run.status !== 0) throw new Error('npm run build failed; the bundle sizes cannot be measured.');
    built = true;
  }
  return { uiHtmlBytes: statSync(ui).size, uiHtmlGzipBytes: gzipSync(readFileSync(ui)).length, codeJsBytes: statSync(code).size, built };
}
