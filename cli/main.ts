/** Entry of the `hueprint` command (bundled into dist/cli.js by scripts/buildCli.js). */
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2));
