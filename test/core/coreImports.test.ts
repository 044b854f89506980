import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { findCycles, folderGraph, importGraph } from '../../scripts/findImportCycles.js';

type Graph = Map<string, Set<string>>;

describe("core's imports (scripts/findImportCycles.js)", () => {
  const graph: Graph = importGraph(['core']);

  it('reads the real graph', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.get('core/colorize/colorizeImage.ts')!]).toContain('core/colorize/predictPixelsAsync.ts');
  });

  it('have no circle between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("have no circle between core's folders", () => {
    const folders: Graph = folderGraph(graph, 'core');
    // The check sees real folder edges (training scores with colorize's predictions).
    expect([...folders.get('core/train')!]).toContain('core/colorize');
    expect(findCycles(folders)).toEqual([]);
  });
});
