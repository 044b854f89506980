import type { BackendChoice } from './chooseBackendAsync';

declare global {
  interface Window {
    /** Set by the browser harness (scripts/harness) before the UI script runs; never by Figma. */
    __hueprintHarness?: boolean;
    /** Test hooks, present only in the harness. */
    __hueprint?: { loseContextForTest(): boolean };
  }
}

/**
 * In the harness only, lets the end-to-end test drop tfjs's WebGL context the
 * way a GPU reset does (WEBGL_lose_context), since tfjs draws on an
 * OffscreenCanvas the test cannot reach. Does nothing inside Figma.
 */
export function installHarnessHooks(backend: BackendChoice): void {
  if (window.__hueprintHarness !== true) return;
  const gl = backend.gl;
  window.__hueprint = {
    loseContextForTest: () => {
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) return false;
      extension.loseContext();
      return true;
    },
  };
}
