import { EXIT_INTERRUPTED } from './CliError';

/**
 * Ctrl-C while training: the first one aborts the signal, so training stops
 * after its current step and keeps the last finished epoch's weights; a
 * second one quits at once. Call the returned function to restore Node's
 * default handling.
 */
export function cancelOnInterrupt(controller: AbortController, say: (message: string) => void): () => void {
  let count = 0;
  const onSigint = (): void => {
    count++;
    if (count === 1) {
      say('Stopping after the current step… (press Ctrl-C again to quit at once)');
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
