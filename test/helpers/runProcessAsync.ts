import { spawn } from 'node:child_process';

/** How a child process ended, with everything it printed. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command as a user would (no colour, no debug output) and collects
 * its output; `onStderr` sees stderr so far after every chunk and can send
 * the process a signal (Ctrl-C mid-run).
 */
export function runProcessAsync(
  command: string,
  args: readonly string[],
  options: { cwd: string; onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', HUEPRINT_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      options.onStderr?.(stderr, (signal) => child.kill(signal));
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}
