import { EXIT_INTERRUPTED } from './CliError';

/**
 * Ctrl-C while a command works: the first one aborts the controller (and
 * prints `message()`), so training stops after its current step and the
 * command still saves what is finished; a second one quits at once. Call the
 * returned function to restore Node's default handling.
 */
export function cancelOnInterrupt(controller: AbortController, say: (message: string) => void, message: () => string): () => void {
  let count = 0;
  const onSigint = (): void => {
    count++;
    if (count === 1) {
      say(message());
      controller.abort('cancelled');
      return;
    }
    process.stderr.write('\nQuit.\n');
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', onSigint);
  return () => {
    process.off('SIGINT', onSigint);
  };
}
