/** Entry of the `hueprint` command (bundled into dist/cli.js by scripts/buildCli.js). */
import { EXIT_INTERRUPTED } from './CliError';
import { runCli } from './runCli';

const code = await runCli(process.argv.slice(2));
// After Ctrl-C the finished work is saved, but abandoned work (held-out scoring) may still be queued: do not wait for it.
if (code === EXIT_INTERRUPTED) process.exit(code);
process.exitCode = code;
