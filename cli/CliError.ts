/**
 * A failure the user can fix, reported as one line on stderr (no stack
 * trace). Exit codes: 1 for bad input (missing or corrupt files, bad option
 * values), 2 for wrong usage (unknown command or option, missing argument),
 * 130 after Ctrl-C.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
