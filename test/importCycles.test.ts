import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { findCycles, folderGraph, importGraph } from '../scripts/findImportCycles.js';

type Graph = Map<string, Set<string>>;

describe('imports (scripts/findImportCycles.js)', () => {
  it('finds a circle when there is one, type-only imports included', () => {
    const graph: Graph = new Map([
      ['a.ts', new Set(['b.ts'])],
      ['b.ts', new Set(['c.ts'])],
      ['c.ts', new Set(['a.ts'])],
      ['d.ts', new Set(['a.ts'])],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const real: Graph = importGraph();
    // plugin/postSelectionAsync.ts imports PluginState with `import type`: that edge must be seen.
    expect([...real.get('plugin/postSelectionAsync.ts')!]).toContain('plugin/PluginState.ts');
  });

  it('form no circle between files anywhere in the repository', () => {
    const graph: Graph = importGraph();
    expect(graph.size).toBeGreaterThan(200);
    expect(findCycles(graph)).toEqual([]);
  });

  it('folds files into folders for a folder-level check', () => {
    const graph: Graph = new Map([
      ['core/a/x.ts', new Set(['core/b/y.ts'])],
      ['core/b/y.ts', new Set(['core/a/z.ts'])],
      ['core/a/z.ts', new Set()],
    ]);
    expect(findCycles(folderGraph(graph, 'core'))).toEqual([['core/a', 'core/b']]);
  });
});
