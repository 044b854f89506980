declare const performance: { now(): number } | undefined;

/** Milliseconds from a monotonic clock where there is one. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
