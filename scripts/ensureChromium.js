/**
 * Runs before `npm test` (the `pretest` script): the end-to-end tests drive
 * Debian's Chromium, /usr/bin/chromium, through playwright-core (it fetches
 * no browser of its own). On a fresh machine it is missing, so this installs
 * it the way .ci/run does (apt-get, with Debian's recommended packages, which
 * bring the fonts and GL libraries headless Chromium needs), when it can:
 * as root with apt-get. Otherwise it says exactly what to run and stops, so
 * the suite does not end in a wall of browser failures.
 *
 * `node scripts/ensureChromium.js [path]`: path defaults to /usr/bin/chromium
 * (a test points it elsewhere).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.argv[2] ?? '/usr/bin/chromium';
const command = 'apt-get update && apt-get install -y chromium';

if (!existsSync(chromium)) {
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const isRoot = process.getuid?.() === 0;
  if (!hasAptGet) {
    stop(
      `${chromium} is missing, and this machine has no apt-get. The end-to-end tests need Debian's chromium at ${chromium}; ` +
        'install it, or run every other test with: npx vitest run --exclude "test/e2e/**"',
    );
  }
  if (!isRoot) {
    stop(`${chromium} is missing; the end-to-end tests need Debian's chromium. Install it, then run npm test again:\n\n` + `  sudo sh -c '${command}'\n`);
  }
  console.error(`pretest: ${chromium} is missing; installing Debian's chromium for the end-to-end tests (${command})…`);
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) stop(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}); fix that, or run: ${command}`);
  }
  if (!existsSync(chromium)) stop(`apt-get installed chromium, but ${chromium} is still missing.`);
}

function stop(message) {
  console.error(`pretest: ${message}`);
  process.exit(1);
}
