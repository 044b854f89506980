// core has no DOM or Node types, but both runtimes have setTimeout.
declare function setTimeout(callback: () => void, ms: number): unknown;

/**
 * Give the host a macrotask turn: the UI repaints its progress bar and sees a
 * Cancel click between training steps, and Node flushes stderr.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
