import type { HarnessApi } from '../../scripts/harness/HarnessApi';

/**
 * The harness page's window as `page.evaluate` callbacks see it: the harness API
 * the page exposes for tests, and the UI's test hooks inside the plugin frame.
 */
export type HarnessWindow = Window & {
  harness: HarnessApi;
  __hueprint: { loseContextForTest(): Promise<boolean>; numTensorsAsync(): Promise<number> };
};

/** The harness API called by name, for the tests' generic `harnessCall(name, ...args)`. */
export type HarnessCalls = Record<string, (...args: unknown[]) => unknown>;
