import type { ComputeWorker } from '../worker/ComputeWorker';

declare global {
  interface Window {
    /** Set by the browser harness (scripts/harness) before the UI script runs; never by Figma. */
    __hueprintHarness?: boolean;
    /** Test hooks, present only in the harness. */
    __hueprint?: { loseContextForTest(): Promise<boolean>; numTensorsAsync(): Promise<number> };
  }
}

/**
 * In the harness only, lets the end-to-end test drop tfjs's WebGL context the
 * way a GPU reset does (WEBGL_lose_context), since tfjs draws on an
 * OffscreenCanvas in the compute worker that the test cannot reach, and read
 * the worker's tensor count. Does nothing inside Figma.
 */
export function installHarnessHooks(worker: ComputeWorker): void {
  if (window.__hueprintHarness !== true) return;
  window.__hueprint = {
    loseContextForTest: () => worker.loseContextForTestAsync(),
    numTensorsAsync: () => worker.countTensorsAsync(),
  };
}
