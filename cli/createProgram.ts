import { Command } from 'commander';
import { colorizeCommand } from './commands/colorizeCommand';
import { evalCommand } from './commands/evalCommand';
import { paletteCommand } from './commands/paletteCommand';
import { trainCommand } from './commands/trainCommand';

declare const HUEPRINT_VERSION: string | undefined;

/**
 * The `hueprint` program. Commander reports usage errors through
 * exitOverride (thrown, not exiting), so runCli decides the exit code.
 */
export function createProgram(): Command {
  const program = new Command('hueprint')
    .description(
      'Learn a colour style from your own flat-colour art and colorize gray art with it: the engine of the Hueprint Figma plugin, ' +
        'on the command line. Runs on TensorFlow.js (wasm, or cpu with --backend cpu); nothing leaves your machine.',
    )
    .version(typeof HUEPRINT_VERSION === 'string' ? HUEPRINT_VERSION : '0.0.0-dev', '-V, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(`hueprint: ${text.replace(/^error: /, '')}`) })
    .addHelpText(
      'after',
      `
Examples:
  hueprint train ../shared/art/noto -o noto.hueprint
  hueprint colorize noto.hueprint gray.png -o out/ --mode shading
  hueprint palette ../shared/art/noto --k 32 --json
  hueprint eval ../shared/art/noto --json
  hueprint eval --train-dir A --test-dir B --json

Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 130 cancelled with Ctrl-C.`,
    );
  // Subcommands added with addCommand do not inherit exitOverride and the output settings; give them the same.
  for (const command of [trainCommand(), colorizeCommand(), paletteCommand(), evalCommand()]) {
    command
      .exitOverride()
      .showHelpAfterError(`(see hueprint ${command.name()} --help)`)
      .configureOutput({
        outputError: (text, write) => write(`hueprint ${command.name()}: ${text.replace(/^error: /, '')}`),
      });
    program.addCommand(command);
  }
  return program;
}
