import { CommanderError } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './CliError';
import { createProgram } from './createProgram';

/**
 * Runs the command line and returns the exit code. Every failure becomes
 * one line on stderr, never a stack trace (set HUEPRINT_DEBUG=1 to see one):
 * 1 for bad input and bad option values, 2 for wrong usage.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help).
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.invalidArgument') return EXIT_FAILURE;
      return EXIT_USAGE;
    }
    if (process.env.HUEPRINT_DEBUG) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`hueprint: ${message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}
