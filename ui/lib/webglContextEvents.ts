type Listener = () => void;
const listeners = new Set<Listener>();
let lost = false;

/**
 * The panel's news of a lost WebGL context. The GPU process can drop the
 * context at any time (driver reset, too much memory, the OS reclaiming the
 * GPU); the compute worker, which owns it, says so (CONTEXT_LOST) and stops
 * its own jobs, and running panel jobs subscribe here so they stop cleanly
 * instead of waiting on garbage.
 */
export function reportWebglContextLost(): void {
  lost = true;
  for (const listener of [...listeners]) listener();
}

export function onWebglContextLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isWebglContextLost(): boolean {
  return lost;
}
