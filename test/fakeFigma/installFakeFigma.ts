import { FakeFigma } from './FakeFigma';

/** A fresh, empty fake document with one page. */
export function createFakeFigma(): FakeFigma {
  return new FakeFigma();
}

/**
 * Makes `fake` the global `figma` (and sets `__html__`, which showUI receives)
 * for code that reads them at call time, like plugin/runPlugin.ts. Returns a
 * function that restores the previous globals.
 */
export function installFakeFigma(fake: FakeFigma, html = '<!doctype html><title>Hueprint</title>'): () => void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const previous = { figma: scope.figma, html: scope.__html__ };
  scope.figma = fake;
  scope.__html__ = html;
  return () => {
    scope.figma = previous.figma;
    scope.__html__ = previous.html;
  };
}
